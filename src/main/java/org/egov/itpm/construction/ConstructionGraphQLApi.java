package org.egov.itpm.construction;

import jakarta.validation.constraints.Size;
import org.egov.itpm.common.TextLimits;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Source;
import org.egov.itpm.common.Ids;
import org.egov.itpm.common.RequestBatch;
import org.egov.itpm.project.ProjectView;
import org.egov.itpm.security.Roles;

/** Progress, performance, serious delay/loss and supervision reports during construction. */
@GraphQLApi
public class ConstructionGraphQLApi {

    @Inject
    ConstructionService reports;
    @Inject
    RequestBatch batch;

    @Mutation("fileConstructionReport")
    @Description("File a report during construction. PERFORMANCE answers the yearly report due by year-end where the"
            + " pack says so (Wushan art.17, Jiangxi art.27); SUPERVISION reports are the supervisor's (监理),"
            + " the other kinds the unit's (else REPORT_KIND_NOT_ALLOWED_FOR_ROLE). SERIOUS_DELAY and SERIOUS_LOSS (with"
            + " lossAmount) are the own unit's report of a serious delay or major loss (jianshan-2024 item 22,"
            + " wushan-2022 art.18, jiangxi-2024 art.28): the bodies the article names are notified in the service and"
            + " by e-mail (Wushan: the NDRC and finance; Jiangxi: the authority, the NDRC and finance; else the"
            + " supervising authority), and a SERIOUS_DELAY report answers the DELAY_REPORT finding.")
    @RolesAllowed({Roles.UNIT_STAFF, Roles.UNIT_LEAD, Roles.SUPERVISOR})
    public ConstructionReportView fileConstructionReport(@Id @NonNull String projectId,
                                                         @NonNull ConstructionReportInput input) {
        return ConstructionReportView.of(reports.file(Ids.parse("projectId", projectId), new ConstructionService.Report(
                input.kind, input.year, input.period, input.reportedOn, input.summary, input.lossAmount)));
    }

    @Description("Reports filed during construction, oldest first.")
    @RolesAllowed({Roles.UNIT_STAFF, Roles.UNIT_LEAD, Roles.AUTHORITY_REVIEWER, Roles.AUTHORITY_APPROVER,
            Roles.NDRC_APPROVER, Roles.FINANCE_OFFICER, Roles.AUDITOR, Roles.SECURITY_OFFICER, Roles.EXPERT,
            Roles.SUPERVISOR, Roles.EVALUATOR, Roles.ADMIN})
    public List<List<ConstructionReportView>> constructionReports(@Source List<ProjectView> list) {
        Map<UUID, List<ConstructionReport>> byProject = batch.load("project", "constructionReports", list.stream()
                .map(ProjectView::id).toList(), List.of(), reports::byProjects);
        return list.stream().map(p -> byProject.getOrDefault(p.id(), List.of()).stream()
                .map(ConstructionReportView::of).toList()).toList();
    }

    /** Input of a construction report. */
    @Input("ConstructionReportInput")
    @Description("A report: kind, the construction year it covers (default: the year of reportedOn), a period label,"
            + " the date (default today) and a summary.")
    public static class ConstructionReportInput {
        public ConstructionReport.Kind kind;
        public Integer year;
        public @Size(max = TextLimits.NAME) String period;
        public LocalDate reportedOn;
        public @Size(max = TextLimits.LONG_TEXT) String summary;
        @org.eclipse.microprofile.graphql.Description("The amount lost (CNY): required on a SERIOUS_LOSS report, refused on others.")
        public java.math.BigDecimal lossAmount;
    }

    /** A construction report. */
    @Name("ConstructionReport")
    public record ConstructionReportView(@Id UUID id, ConstructionReport.Kind kind, int year, String period,
                                         LocalDate reportedOn, String summary, String recordedBy, Instant recordedAt,
                                         java.math.BigDecimal lossAmount) {
        static ConstructionReportView of(ConstructionReport r) {
            return new ConstructionReportView(r.id, r.kind, r.year, r.period, r.reportedOn, r.summary, r.recordedBy,
                    r.recordedAt, r.lossAmount);
        }
    }
}
