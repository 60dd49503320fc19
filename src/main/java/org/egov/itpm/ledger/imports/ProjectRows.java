package org.egov.itpm.ledger.imports;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.egov.itpm.common.DomainException;
import org.egov.itpm.ledger.imports.Step.Outcome;
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
 * Rows of the 项目台账 sheet: createProject by the unit, then its 入库 and 申报 with their legal dates through the
 * lifecycle. A stage after APPLIED rests on later acts: the row is taken only when the 行为 sheet carries acts of the
 * project, and the stage is checked once they are recorded ({@link #check}).
 */
@ApplicationScoped
class ProjectRows {

    /** A created project whose row claims a stage the 行为 sheet's acts must bring it to. */
    record Claim(UUID projectId, Stage stage, ImportRow row) {
    }

    private final ProjectService projects;
    private final ProjectExchange exchange;
    private final LifecycleService lifecycle;
    private final OrganisationService organisations;
    private final CurrentUser user;

    @Inject
    ProjectRows(ProjectService projects, ProjectExchange exchange, LifecycleService lifecycle,
                OrganisationService organisations, CurrentUser user) {
        this.projects = projects;
        this.exchange = exchange;
        this.lifecycle = lifecycle;
        this.organisations = organisations;
        this.user = user;
    }

    /**
     * Creates the row's project (or finds it by its key) and records it in {@code byKey}; {@code actKeys} are the
     * project keys of the 行为 sheet's rows; a stage after APPLIED is added to {@code claims}.
     */
    Outcome apply(ImportRow row, Problems problems, Map<String, UUID> byKey, Set<String> seen, Set<String> actKeys,
                  List<Claim> claims) {
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
            return Outcome.REFUSED;
        }
        String key = code != null ? code : local;
        for (String k : new String[] {code, local}) {
            if (k != null && !seen.add(k)) {
                row.duplicate(k.equals(code) ? "projectCode" : "localCode", k);
                return Outcome.REFUSED;
            }
        }
        Optional<Project> existing = find(code).or(() -> find(local));
        if (existing.isPresent()) {
            byKey.put(key, existing.get().id);
            return Outcome.UNCHANGED;
        }
        boolean later = stage != null && !ImportStages.importable(stage);
        if (later && !actKeys.contains(key) && (local == null || !actKeys.contains(local))) {
            row.problem("stage", "IMPORT_STAGE_NOT_IMPORTABLE", "a project in " + stage + " rests on later acts"
                    + " (reviews, 批复, 开工…); give them in the 行为 sheet where your role records them, or import the"
                    + " project at APPLIED at most and record them through the API", "处于 " + stage + " 的项目依赖"
                    + "其后的行为（评审、批复、开工等）；请在“行为”工作表中填写本角色登记的行为，或导入时最多为已申报，"
                    + "其后行为通过接口登记");
            return Outcome.REFUSED;
        }
        if (!user.hasAnyRole(Roles.UNIT_ROLES)) {
            row.notYourAct("unitCreditCode", "a project is created by its unit; your role may import the acts it"
                    + " records (e.g. approvals)", "项目由建设单位创建；您的角色可导入本角色登记的行为（如批复）");
            return Outcome.REFUSED;
        }
        if (!inScope(row, unit, region)) {
            return Outcome.REFUSED;
        }
        if (name == null || kind == null || funding == null || year == null || estimate == null || stage == null
                || (libraryOn == null && (stage == Stage.LIBRARY || stage == Stage.APPLIED))
                || (appliedOn == null && stage == Stage.APPLIED)) {
            return Outcome.REFUSED; // the cell problems are recorded
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
            if (stage != Stage.DRAFT && libraryOn != null) {
                column = "libraryOn";
                lifecycle.submitToLibrary(p.id, libraryOn, "imported from the ledger (台账导入)", null);
            }
            if ((stage == Stage.APPLIED || later) && appliedOn != null) {
                column = "appliedOn";
                lifecycle.apply(p.id, appliedOn, null);
            }
            byKey.put(key, p.id);
            if (later) {
                claims.add(new Claim(p.id, stage, row));
            }
            return Outcome.CREATED;
        } catch (DomainException e) {
            problems.refused(row.sheet, row.row, column, e);
            return Outcome.REFUSED;
        }
    }

    /** After the acts: a project the file's acts did not bring to the stage its row gives. */
    void check(Claim claim) {
        Stage reached = projects.get(claim.projectId()).stage;
        if (reached != claim.stage()) {
            claim.row().problem("stage", "IMPORT_STAGE_NOT_REACHED", "the acts of this file bring the project to "
                    + reached + ", not " + claim.stage() + "; add the missing acts to the 行为 sheet", "本文件的行为使"
                    + "项目处于 " + reached + "，而非 " + claim.stage() + "；请在“行为”工作表中补充缺少的行为");
        }
    }

    private boolean inScope(ImportRow row, String unit, String region) {
        Optional<Organisation> org = unit == null ? Optional.empty() : organisations.byCreditCode(unit);
        if (unit != null && org.isEmpty()) {
            row.problem("unitCreditCode", "IMPORT_UNKNOWN_UNIT", "no registered organisation has the credit code "
                    + unit, "统一社会信用代码 " + unit + " 对应的单位未登记");
            return false;
        }
        if (region != null && !organisations.regionKnown(region)) {
            row.problem("regionCode", "IMPORT_UNKNOWN_REGION", "unknown region code " + region, "未知的行政区划代码 " + region);
            return false;
        }
        if (org.isPresent() && (!unit.equals(user.orgCode()) || !org.get().regionCode.equals(region))) {
            row.problem(!unit.equals(user.orgCode()) ? "unitCreditCode" : "regionCode", "IMPORT_OUT_OF_SCOPE",
                    "a unit imports its own projects in its own region only", "建设单位只能导入本单位、本行政区划的项目");
            return false;
        }
        return true;
    }

    private Optional<Project> find(String code) {
        return code == null ? Optional.empty() : exchange.findByCode(code);
    }
}
