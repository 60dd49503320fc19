package org.egov.itpm.ledger.imports;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.BiFunction;
import org.egov.itpm.common.DomainException;
import org.egov.itpm.ledger.job.JobHandler;
import org.egov.itpm.organisation.Organisation;
import org.egov.itpm.organisation.OrganisationService;
import org.egov.itpm.policy.FundingSource;
import org.egov.itpm.policy.ProjectKind;
import org.egov.itpm.policy.Stage;
import org.egov.itpm.project.LifecycleService;
import org.egov.itpm.project.Project;
import org.egov.itpm.project.ProjectExchange;
import org.egov.itpm.project.ProjectInput;
import org.egov.itpm.project.ProjectService;
import org.egov.itpm.security.CurrentUser;
import org.egov.itpm.security.Roles;

/**
 * Applies the rows of an import, in the caller's transaction, through the services the API uses for each act: a
 * project row is createProject (unit roles), its 入库 and 申报 are the lifecycle moves with their legal dates; then
 * the acts, approvals, contracts and funding entries of every project in legal order ({@link Timeline}), each by
 * its own operation and role. A row whose key is already there changes nothing. Every refusal is reported at its
 * sheet, row and column.
 */
@ApplicationScoped
public class ImportRows {

    /** Rows created and rows already present. */
    record Counts(int created, int unchanged) {
    }

    private final ProjectService projects;
    private final ProjectExchange exchange;
    private final LifecycleService lifecycle;
    private final OrganisationService organisations;
    private final CurrentUser user;
    private final ActRows acts;
    private final ApprovalRows approvals;
    private final ContractRows contracts;
    private final FundingRows funding;

    @Inject
    ImportRows(ProjectService projects, ProjectExchange exchange, LifecycleService lifecycle,
               OrganisationService organisations, CurrentUser user, ActRows acts, ApprovalRows approvals,
               ContractRows contracts, FundingRows funding) {
        this.projects = projects;
        this.exchange = exchange;
        this.lifecycle = lifecycle;
        this.organisations = organisations;
        this.user = user;
        this.acts = acts;
        this.approvals = approvals;
        this.contracts = contracts;
        this.funding = funding;
    }

    Counts apply(ImportWorkbook wb, Problems problems, JobHandler.Progress progress) {
        int[] counts = {0, 0};
        Map<String, UUID> byKey = new HashMap<>();
        Set<String> seen = new HashSet<>();
        int done = 0;
        for (ImportRow row : wb.projects) {
            project(row, problems, byKey, seen, counts);
            report(progress, ++done);
        }
        for (Step step : Timeline.order(steps(wb))) {
            record(step, problems, byKey, counts);
            report(progress, ++done);
        }
        return new Counts(counts[0], counts[1]);
    }

    /** The checked rows of the per-project sheets; rows with a bad cell are left out (their problems recorded). */
    private List<Step> steps(ImportWorkbook wb) {
        List<Step> steps = new ArrayList<>();
        parse(wb.acts, acts::parse, steps);
        parse(wb.approvals, approvals::parse, steps);
        parse(wb.contracts, contracts::parse, steps);
        parse(wb.funding, funding::parse, steps);
        return steps;
    }

    private static void parse(List<ImportRow> rows, BiFunction<ImportRow, Set<String>, Step> parser, List<Step> into) {
        Set<String> seen = new HashSet<>();
        for (ImportRow row : rows) {
            Step step = parser.apply(row, seen);
            if (step != null) {
                into.add(step);
            }
        }
    }

    private static void report(JobHandler.Progress progress, int done) {
        if (done % 100 == 0) {
            progress.report(done, null);
        }
    }

    private void project(ImportRow row, Problems problems, Map<String, UUID> byKey, Set<String> seen, int[] counts) {
        String code = row.text("projectCode", 64, false);
        String local = row.text("localCode", 64, false);
        String name = row.text("name", 200, true);
        String unit = row.text("unitCreditCode", 18, true);
        String region = row.text("regionCode", 6, true);
        Stage stage = row.choice("stage", Stage.class, true);
        ProjectKind kind = row.choice("kind", ProjectKind.class, true);
        FundingSource funding = row.choice("fundingSource", FundingSource.class, true);
        Integer year = row.integer("year", 2000, 2100, true);
        BigDecimal estimate = row.amount("estimatedInvestment", true);
        LocalDate libraryOn = row.date("libraryOn", stage == Stage.LIBRARY || stage == Stage.APPLIED);
        LocalDate appliedOn = row.date("appliedOn", stage == Stage.APPLIED);
        if (code == null && local == null) {
            row.problem("localCode", "IMPORT_KEY_MISSING", "give the 项目代码 or the local code: it identifies the"
                    + " project when the file is imported again", "须填写项目代码或本地编号，再次导入时据此识别项目");
            return;
        }
        String key = code != null ? code : local;
        for (String k : new String[] {code, local}) {
            if (k != null && !seen.add(k)) {
                row.problem(k.equals(code) ? "projectCode" : "localCode", "IMPORT_DUPLICATE_KEY", k
                        + " appears in more than one row of this file", k + " 在本文件中出现多次");
                return;
            }
        }
        Optional<Project> existing = find(code).or(() -> find(local));
        if (existing.isPresent()) {
            byKey.put(key, existing.get().id);
            counts[1]++;
            return;
        }
        if (stage != null && !ImportStages.importable(stage)) {
            row.problem("stage", "IMPORT_STAGE_NOT_IMPORTABLE", "a project in " + stage + " rests on acts of other"
                    + " parties (reviews, 批复, plans); import it at APPLIED at most and record those acts through the"
                    + " API", "处于 " + stage + " 的项目依赖其他主体的行为（评审、批复、计划），导入时最多为已申报，"
                    + "其后行为须通过接口登记");
            return;
        }
        if (!user.hasAnyRole(Roles.UNIT_ROLES)) {
            row.problem("unitCreditCode", "IMPORT_ACT_NOT_ALLOWED_FOR_ROLE", "only the project unit creates its"
                    + " projects; your role may import the acts it records (e.g. approvals)", "项目只能由建设单位创建；"
                    + "您的角色可导入本角色登记的行为（如批复）");
            return;
        }
        Optional<Organisation> org = unit == null ? Optional.empty() : organisations.byCreditCode(unit);
        if (unit != null && org.isEmpty()) {
            row.problem("unitCreditCode", "IMPORT_UNKNOWN_UNIT", "no registered organisation has the credit code "
                    + unit, "统一社会信用代码 " + unit + " 对应的单位未登记");
            return;
        }
        if (region != null && !organisations.regionKnown(region)) {
            row.problem("regionCode", "IMPORT_UNKNOWN_REGION", "unknown region code " + region, "未知的行政区划代码 " + region);
            return;
        }
        if (org.isPresent() && (!unit.equals(user.orgCode()) || !org.get().regionCode.equals(region))) {
            row.problem(!unit.equals(user.orgCode()) ? "unitCreditCode" : "regionCode", "IMPORT_OUT_OF_SCOPE",
                    "a unit imports its own projects in its own region only", "建设单位只能导入本单位、本行政区划的项目");
            return;
        }
        if (name == null || kind == null || funding == null || year == null || estimate == null || stage == null
                || (libraryOn == null && stage != Stage.DRAFT) || (appliedOn == null && stage == Stage.APPLIED)) {
            return; // the cell problems are recorded
        }
        String column = "name";
        try {
            ProjectInput in = new ProjectInput();
            in.name = name;
            in.kind = kind;
            in.fundingSource = funding;
            in.year = year;
            in.estimatedInvestment = estimate;
            Project p = projects.create(in);
            if (local != null) {
                column = "localCode";
                projects.keepLocalCode(p, local);
            }
            if (code != null) {
                column = "projectCode";
                exchange.assignNationalCode(p, code);
            }
            if (stage != Stage.DRAFT) {
                column = "libraryOn";
                lifecycle.submitToLibrary(p.id, libraryOn, "imported from the ledger (台账导入)", null);
            }
            if (stage == Stage.APPLIED) {
                column = "appliedOn";
                lifecycle.apply(p.id, appliedOn, null);
            }
            byKey.put(key, p.id);
            counts[0]++;
        } catch (DomainException e) {
            problems.refused(row.sheet, row.row, column, e);
        }
    }

    /** Records one step for its project (created by this file or already in the importer's scope). */
    private void record(Step step, Problems problems, Map<String, UUID> byKey, int[] counts) {
        UUID id = byKey.get(step.projectKey());
        if (id == null) {
            id = find(step.projectKey()).map(p -> p.id).orElse(null);
        }
        if (id == null) {
            step.row().problem("projectKey", "IMPORT_UNKNOWN_PROJECT", "no project " + step.projectKey()
                    + " in this file or in your scope", "本文件及您的范围内均没有项目 " + step.projectKey());
            return;
        }
        byKey.put(step.projectKey(), id);
        try {
            switch (step.recorder().record(id)) {
                case CREATED -> counts[0]++;
                case UNCHANGED -> counts[1]++;
                case REFUSED -> { } // the row's problem is recorded
            }
        } catch (DomainException e) {
            problems.refused(step.row().sheet, step.row().row, step.column(), step.keys(), e);
        }
    }

    private Optional<Project> find(String code) {
        return code == null ? Optional.empty() : exchange.findByCode(code);
    }
}
