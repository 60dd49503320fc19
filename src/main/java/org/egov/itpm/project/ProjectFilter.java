package org.egov.itpm.project;

import jakarta.validation.constraints.Size;
import org.egov.itpm.common.TextLimits;
import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.graphql.Description;
import org.egov.itpm.policy.FundingSource;
import org.egov.itpm.policy.ProjectKind;
import org.egov.itpm.policy.Stage;

/** Filters of the project list (台账); every field is optional and they combine with AND. */
@org.eclipse.microprofile.graphql.Input("ProjectFilter")
@Description("Filters for the project list (台账). Every field is optional; given fields combine with AND.")
public class ProjectFilter {
    @Description("Only projects in one of these stages.")
    public @Size(max = TextLimits.ITEMS) List<Stage> stages;
    @Description("GB/T 2260 region code; includes every region below it (370000 includes 370881).")
    public @Size(max = TextLimits.CODE) String regionCode;
    @Description("Only projects owned by, or involving as 参建部门, this organisation.")
    public @Size(max = TextLimits.CODE) UUID organisationId;
    public ProjectKind kind;
    public FundingSource fundingSource;
    @Description("Plan year (年度).")
    public Integer year;
    @Description("Minimum estimated investment in CNY, inclusive.")
    public BigDecimal minInvestment;
    @Description("Maximum estimated investment in CNY, inclusive.")
    public BigDecimal maxInvestment;
    @Description("Case-insensitive substring of the project name.")
    public @Size(max = TextLimits.NAME) String nameContains;
}
