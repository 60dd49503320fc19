package org.egov.itpm.ledger;

import org.egov.itpm.common.TextLimits;
import jakarta.validation.constraints.Size;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;
import org.egov.itpm.common.ClockProducer;
import org.egov.itpm.common.ForbiddenActionException;
import org.egov.itpm.common.Ids;
import org.egov.itpm.common.InvalidInputException;
import org.egov.itpm.common.Text;
import org.egov.itpm.ledger.export.LedgerExport;
import org.egov.itpm.ledger.job.DownloadLinks;
import org.egov.itpm.ledger.job.LedgerJobKind;
import org.egov.itpm.ledger.job.LedgerJobView;
import org.egov.itpm.ledger.job.LedgerJobs;
import org.egov.itpm.project.ProjectFilter;
import org.egov.itpm.project.ProjectOrder;
import org.egov.itpm.project.ProjectService;
import org.egov.itpm.security.CurrentUser;
import org.egov.itpm.security.RegionCodes;
import org.egov.itpm.security.Roles;
import org.egov.itpm.security.Scope;

/** Start ledger jobs (exports, dossier, audit trail) and read their state; imports are in ImportGraphQLApi. */
@GraphQLApi
@RolesAllowed({Roles.UNIT_STAFF, Roles.UNIT_LEAD, Roles.AUTHORITY_REVIEWER, Roles.AUTHORITY_APPROVER,
        Roles.NDRC_APPROVER, Roles.FINANCE_OFFICER, Roles.AUDITOR, Roles.SECURITY_OFFICER, Roles.EXPERT,
        Roles.SUPERVISOR, Roles.EVALUATOR, Roles.ADMIN})
public class LedgerGraphQLApi {

    /** Output formats of the audit trail export. */
    public enum AuditFormat { XLSX, CSV }

    @Inject
    LedgerJobs jobs;
    @Inject
    DownloadLinks links;
    @Inject
    ProjectService projects;
    @Inject
    CurrentUser user;

    @Query("ledgerJob")
    @Description("A ledger job you started: state, rows done of total, problems, and when DONE a download link.")
    public LedgerJobView ledgerJob(@Id @NonNull String id) {
        return LedgerJobView.of(jobs.get(Ids.parse("id", id)), links);
    }

    @Mutation("restartLedgerJob")
    @Description("Queue a FAILED job of yours again (e.g. one interrupted more than ITPM_LEDGER_JOB_MAX_ATTEMPTS times).")
    public LedgerJobView restartLedgerJob(@Id @NonNull String id) {
        return LedgerJobView.of(jobs.restart(Ids.parse("id", id)), links);
    }

    @Mutation("startLedgerExport")
    @Description("Export the ledger (台账) visible to you as XLSX, with the filters of the projects query, in the"
            + " background: the sheets 项目台账 (a row per project, with its legal dates, next deadline and open"
            + " findings), 行为 acts, 批复, 合同 contracts and 资金 funding of the same projects, in the import's"
            + " columns, so the file can be imported again. rowsTotal is the number of projects, set when the job"
            + " starts; follow it with ledgerJob or the ledgerJobProgress subscription.")
    public LedgerJobView startLedgerExport(ProjectFilter filter) {
        projects.page(filter, 1, null, new ProjectOrder()); // the filter's input errors now, not in the job
        return LedgerJobView.of(jobs.start(LedgerJobKind.LEDGER_EXPORT, LedgerExport.params(filter), null), links);
    }

    @Mutation("startDossierExport")
    @Description("Export a project's dossier (档案) as a ZIP: its documents and an index of every act and document"
            + " with its date and SHA-256.")
    public LedgerJobView startDossierExport(@Id @NonNull String projectId) {
        UUID id = projects.get(Ids.parse("projectId", projectId)).id;
        return LedgerJobView.of(jobs.start(LedgerJobKind.DOSSIER, Map.of("projectId", id.toString()), null), links);
    }

    @Mutation("startAuditTrailExport")
    @Description("Export the audit trail of one project (projectId), or of a region (regionCode, within your"
            + " jurisdiction) between two dates (from inclusive, to exclusive, Asia/Shanghai), as XLSX or CSV.")
    @RolesAllowed({Roles.UNIT_STAFF, Roles.UNIT_LEAD, Roles.AUTHORITY_REVIEWER, Roles.AUTHORITY_APPROVER,
            Roles.NDRC_APPROVER, Roles.FINANCE_OFFICER, Roles.AUDITOR, Roles.SECURITY_OFFICER, Roles.ADMIN})
    public LedgerJobView startAuditTrailExport(@Id String projectId, @Size(max = TextLimits.CODE) String regionCode, LocalDate from, LocalDate to,
                                               AuditFormat format) {
        Map<String, Object> params = new LinkedHashMap<>();
        params.put("format", (format == null ? AuditFormat.XLSX : format).name());
        if (projectId != null) {
            params.put("projectId", projects.get(Ids.parse("projectId", projectId)).id.toString());
        } else {
            params.put("regionPrefix", regionInScope(regionCode));
            if (from == null || to == null || !to.isAfter(from)) {
                throw InvalidInputException.of("to", "INVALID_PERIOD", "a region's audit trail needs from and a later"
                        + " to", "导出区域审计轨迹须填写起始日期及更晚的截止日期");
            }
            params.put("from", from.atStartOfDay(ClockProducer.CHINA).toInstant().toString());
            params.put("to", to.atStartOfDay(ClockProducer.CHINA).toInstant().toString());
        }
        return LedgerJobView.of(jobs.start(LedgerJobKind.AUDIT_EXPORT, params, null), links);
    }

    private String regionInScope(String regionCode) {
        if (regionCode == null) {
            throw InvalidInputException.of("projectId", "REQUIRED", "give projectId or regionCode",
                    "须填写项目或行政区划");
        }
        if (!RegionCodes.isValid(regionCode)) {
            throw InvalidInputException.of("regionCode", "INVALID_REGION_CODE", "must be a 6-digit GB/T 2260 code",
                    "须为6位GB/T 2260行政区划代码");
        }
        Scope scope = user.scope();
        String prefix = RegionCodes.scopePrefix(regionCode);
        if (!scope.everything() && scope.regionPrefixes().stream().noneMatch(prefix::startsWith)) {
            throw new ForbiddenActionException("REGION_OUT_OF_SCOPE", new Text("region " + regionCode
                    + " is outside your jurisdiction", "行政区划 " + regionCode + " 不在您的管辖范围内"));
        }
        return prefix;
    }
}
