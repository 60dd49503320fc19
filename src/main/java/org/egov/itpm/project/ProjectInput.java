package org.egov.itpm.project;

import jakarta.validation.constraints.Size;
import org.egov.itpm.common.TextLimits;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.graphql.Description;
import org.egov.itpm.policy.BuildType;
import org.egov.itpm.policy.FundingSource;
import org.egov.itpm.policy.ProjectKind;

/** Fields of a draft project; on update, null means "leave unchanged". */
@org.eclipse.microprofile.graphql.Input("ProjectInput")
@Description("Fields of a draft project. On create, name, kind, fundingSource, year and estimatedInvestment are"
        + " required; on update, a null field is left unchanged.")
public class ProjectInput {
    public @Size(max = TextLimits.NAME) String name;
    public @Size(max = TextLimits.LONG_TEXT) String description;
    public ProjectKind kind;
    @Description("For a construction project: NEW (新建), EXPANSION (改扩建) or UPGRADE (升级改造). Qufu art.37's 5%"
            + " security budget and Jianshan item 4's platform filing apply to 新建; an unstated build type is judged"
            + " as NEW.")
    public BuildType buildType;
    public FundingSource fundingSource;
    @Description("Plan year (年度), 2000–2100.")
    public Integer year;
    @Description("CNY, at most 2 decimals, not negative.")
    public BigDecimal estimatedInvestment;
    @Description("CNY, at most 2 decimals, not negative.")
    public BigDecimal securityBudget;
    public LocalDate plannedStart;
    public LocalDate plannedEnd;
    @Description("For a phase (分期): the parent project, which must be visible to you.")
    @Size(max = TextLimits.CODE)
    public UUID parentProjectId;
    public Integer phaseNo;
    @Description("参建部门: organisations taking part; makes the project cross-department.")
    public @Size(max = TextLimits.ITEMS) List<UUID> participantOrganisationIds;
}
