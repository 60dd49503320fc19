package org.egov.itpm.policy.pack;

import java.math.BigDecimal;
import java.util.Set;
import org.egov.itpm.policy.FundingSource;
import org.egov.itpm.policy.ProjectKind;

/**
 * When a rule applies. Null or empty parts always match. Investment is compared against the
 * approved estimate when there is one, else the estimated investment.
 */
public record Condition(BigDecimal minInvestment, BigDecimal belowInvestment,
                        Set<FundingSource> fundingSources, Set<FundingSource> exceptFundingSources,
                        Set<ProjectKind> projectKinds, Boolean crossDepartment) {

    public static final Condition ALWAYS = new Condition(null, null, Set.of(), Set.of(), Set.of(), null);

    public Condition {
        fundingSources = fundingSources == null ? Set.of() : Set.copyOf(fundingSources);
        exceptFundingSources = exceptFundingSources == null ? Set.of() : Set.copyOf(exceptFundingSources);
        projectKinds = projectKinds == null ? Set.of() : Set.copyOf(projectKinds);
    }

    public boolean matches(BigDecimal investment, FundingSource funding, ProjectKind kind, boolean isCrossDepartment) {
        if (minInvestment != null && (investment == null || investment.compareTo(minInvestment) < 0)) {
            return false;
        }
        if (belowInvestment != null && (investment == null || investment.compareTo(belowInvestment) >= 0)) {
            return false;
        }
        if (!fundingSources.isEmpty() && !fundingSources.contains(funding)) {
            return false;
        }
        if (exceptFundingSources.contains(funding)) {
            return false;
        }
        if (!projectKinds.isEmpty() && !projectKinds.contains(kind)) {
            return false;
        }
        return crossDepartment == null || crossDepartment == isCrossDepartment;
    }
}
