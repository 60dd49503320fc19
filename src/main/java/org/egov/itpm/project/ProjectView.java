package org.egov.itpm.project;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.Name;
import org.egov.itpm.policy.BuildType;
import org.egov.itpm.policy.FundingSource;
import org.egov.itpm.policy.ProjectKind;
import org.egov.itpm.policy.Stage;

/** A project as clients see it; nested fields (history, reviews …) are resolved in batches. */
@Name("Project")
@Description("A government IT project (政务信息化项目), or one phase (分期) of a multi-phase project.")
public record ProjectView(
        @Id UUID id,
        @Description("Local identifier assigned by egov-itpm, e.g. QF-2026-0001.") String localCode,
        @Description("项目代码 (GB/T 40058) assigned by the provincial platform; null until assigned.") String nationalCode,
        String name,
        String description,
        @Ignore UUID ownerOrgId,
        @Description("GB/T 2260 code of the project's jurisdiction.") String regionCode,
        ProjectKind kind,
        @Description("NEW (新建), EXPANSION (改扩建) or UPGRADE (升级改造); null when not stated.") BuildType buildType,
        FundingSource fundingSource,
        @Description("For a phase: the multi-phase project it belongs to.") UUID parentProjectId,
        Integer phaseNo,
        @Description("Cross-department project (牵头部门 + 参建部门).") boolean crossDepartment,
        @Description("Plan year (年度).") int year,
        @Description("Estimated investment in CNY (2 decimals).") BigDecimal estimatedInvestment,
        @Description("Approved budget estimate (概算) in CNY; set by approvals and approved changes only.") BigDecimal approvedEstimate,
        @Description("Network and data security budget in CNY.") BigDecimal securityBudget,
        LocalDate plannedStart,
        LocalDate plannedEnd,
        Stage stage,
        @Description("Stage to return to when a suspended project resumes.") Stage stageBeforeSuspension,
        @Description("Id of the policy pack the project is judged by, e.g. qufu-2024.") String policyPackId,
        Integer policyPackVersion,
        @Description("Date the project was applied for (申报); binds the policy pack.") LocalDate appliedOn,
        Instant createdAt,
        Instant updatedAt,
        @Description("Optimistic-lock version; pass it back as expectedVersion to detect concurrent edits.") long version) {

    public static ProjectView of(Project p) {
        return new ProjectView(p.id, p.localCode, p.nationalCode, p.name, p.description, p.ownerOrgId, p.regionCode,
                p.kind, p.buildType, p.fundingSource, p.parentProjectId, p.phaseNo, p.crossDepartment, p.planYear,
                p.estimatedInvestment, p.approvedEstimate, p.securityBudget, p.plannedStart, p.plannedEnd, p.stage,
                p.stageBeforeSuspension, p.policyPackId, p.policyPackVersion, p.appliedOn, p.createdAt, p.updatedAt,
                p.version);
    }
}
