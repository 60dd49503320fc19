package org.egov.itpm.policy.pack;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.egov.itpm.policy.ApprovalKind;
import org.egov.itpm.policy.Attestation;
import org.egov.itpm.policy.BuildType;
import org.egov.itpm.policy.FundingSource;
import org.egov.itpm.policy.ProjectKind;
import org.egov.itpm.policy.facts.ProjectFacts;

/**
 * When a rule applies. Null or empty parts always match. Investment is compared against the
 * approved estimate when there is one, else the estimated investment. {@code exceptBuildTypes} excludes projects
 * whose stated build type is listed (an unstated build type is not excluded); {@code attestations} needs every
 * listed attestation on record, {@code exceptAttestations} none of them; {@code approvals} needs an approval of every
 * listed kind on record (e.g. a change's re-approval, qufu-2024 art.33).
 */
public record Condition(BigDecimal minInvestment, BigDecimal belowInvestment,
                        Set<FundingSource> fundingSources, Set<FundingSource> exceptFundingSources,
                        Set<ProjectKind> projectKinds, Boolean crossDepartment, Set<BuildType> exceptBuildTypes,
                        Set<Attestation> attestations, Set<Attestation> exceptAttestations, Set<ApprovalKind> approvals) {

    public static final Condition ALWAYS = new Condition(null, null, Set.of(), Set.of(), Set.of(), null, Set.of(),
            Set.of(), Set.of(), Set.of());

    public Condition {
        fundingSources = fundingSources == null ? Set.of() : Set.copyOf(fundingSources);
        exceptFundingSources = exceptFundingSources == null ? Set.of() : Set.copyOf(exceptFundingSources);
        projectKinds = projectKinds == null ? Set.of() : Set.copyOf(projectKinds);
        exceptBuildTypes = exceptBuildTypes == null ? Set.of() : Set.copyOf(exceptBuildTypes);
        attestations = attestations == null ? Set.of() : Set.copyOf(attestations);
        exceptAttestations = exceptAttestations == null ? Set.of() : Set.copyOf(exceptAttestations);
        approvals = approvals == null ? Set.of() : Set.copyOf(approvals);
    }

    /** The condition's parts as rule parameters, named as in the pack JSON ({@code when.minInvestment} …). */
    public List<RuleParameter> parameters() {
        List<RuleParameter> out = new ArrayList<>();
        if (minInvestment != null) {
            out.add(RuleParameter.amount("when.minInvestment", minInvestment));
        }
        if (belowInvestment != null) {
            out.add(RuleParameter.amount("when.belowInvestment", belowInvestment));
        }
        addList(out, "when.fundingSources", fundingSources);
        addList(out, "when.exceptFundingSources", exceptFundingSources);
        addList(out, "when.projectKinds", projectKinds);
        if (crossDepartment != null) {
            out.add(RuleParameter.flag("when.crossDepartment", crossDepartment));
        }
        addList(out, "when.exceptBuildTypes", exceptBuildTypes);
        addList(out, "when.attestations", attestations);
        addList(out, "when.exceptAttestations", exceptAttestations);
        addList(out, "when.approvals", approvals);
        return out;
    }

    private static void addList(List<RuleParameter> out, String name, Set<?> values) {
        if (!values.isEmpty()) {
            out.add(RuleParameter.list(name, values));
        }
    }

    /** Whether the rule applies to the project {@code f}. */
    public boolean matches(ProjectFacts f) {
        return matches(f.investmentBasis(), f.fundingSource(), f.kind(), f.crossDepartment())
                && (f.buildType() == null || !exceptBuildTypes.contains(f.buildType()))
                && f.attestations().containsAll(attestations)
                && exceptAttestations.stream().noneMatch(f.attestations()::contains)
                && approvals.stream().allMatch(kind -> f.approvals().stream().anyMatch(a -> a.kind() == kind));
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
