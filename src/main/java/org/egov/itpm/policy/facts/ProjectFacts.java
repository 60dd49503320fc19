package org.egov.itpm.policy.facts;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.egov.itpm.policy.Attestation;
import org.egov.itpm.policy.BuildType;
import org.egov.itpm.policy.DocumentType;
import org.egov.itpm.policy.ExclusionGround;
import org.egov.itpm.policy.FundingSource;
import org.egov.itpm.policy.PlatformFiling;
import org.egov.itpm.policy.ProjectKind;
import org.egov.itpm.policy.Stage;

/**
 * Everything the rules need to know about a project. Null dates and empty collections mean "not yet".
 * {@code buildType} (新建 / 改扩建 / 升级改造) is null when the unit has not stated it.
 * Amounts are CNY. {@code stageBeforeSuspension} is where a SUSPENDED project resumes.
 * {@code performanceReports} maps a construction year to the day its report was submitted.
 * {@code pendingReApprovals} are the change requests still awaiting re-approval.
 * {@code acceptanceExtendedUntil} is the date the latest acceptance extension runs to; {@code rectificationDueOn} the
 * due date of the latest rectification plan and {@code reappliedAfterRectificationOn} the first application after it.
 * {@code documentDates} gives, for a document that exists only as a dated act (an authority's opinion, a filed
 * report), the legal date it counts from; uploaded documents carry no legal date and always count.
 * {@code oversightOrders} are the orders to rectify and manual findings on the project (issue #18); {@code followUp}
 * the settlement, surplus, delay-report and O&M-budget facts (issue #20).
 * Build with {@link ProjectFactsBuilder}.
 */
public record ProjectFacts(
        String id, String regionCode, ProjectKind kind, BuildType buildType, FundingSource fundingSource, Stage stage,
        Stage stageBeforeSuspension, boolean crossDepartment, Integer plannedYear,
        BigDecimal estimatedInvestment, BigDecimal approvedEstimate, BigDecimal securityBudget,
        LocalDate demandSubmittedOn, LocalDate libraryEnteredOn, boolean inAnnualPlan,
        LocalDate appliedOn, LocalDate approvedOn, LocalDate fundedOn,
        List<PassedReview> reviews, List<ApprovalRecord> approvals, Set<DocumentType> documents,
        Set<Attestation> attestations, Set<ExclusionGround> exclusionGrounds, Set<PlatformFiling> platformFilings,
        List<ContractFacts> contracts, LocalDate responsibilityLetterFiledOn,
        LocalDate constructionStartedOn, LocalDate completedOn, LocalDate trialRunStartedOn,
        LocalDate acceptanceAppliedOn, LocalDate acceptanceExtensionRequestedOn,
        LocalDate preliminaryAcceptedOn, LocalDate finalAcceptedOn,
        List<LocalDate> selfEvaluations, Map<Integer, LocalDate> performanceReports,
        List<PendingReApproval> pendingReApprovals,
        LocalDate acceptanceExtendedUntil, LocalDate rectificationDueOn, LocalDate reappliedAfterRectificationOn,
        Map<DocumentType, LocalDate> documentDates, List<OversightOrder> oversightOrders,
        FollowUpFacts followUp) {

    public ProjectFacts {
        reviews = List.copyOf(reviews);
        approvals = List.copyOf(approvals);
        documents = Set.copyOf(documents);
        attestations = Set.copyOf(attestations);
        exclusionGrounds = Set.copyOf(exclusionGrounds);
        platformFilings = Set.copyOf(platformFilings);
        contracts = List.copyOf(contracts);
        selfEvaluations = selfEvaluations.stream().sorted().toList();
        performanceReports = Map.copyOf(performanceReports);
        pendingReApprovals = List.copyOf(pendingReApprovals);
        documentDates = Map.copyOf(documentDates);
        oversightOrders = List.copyOf(oversightOrders);
        followUp = followUp == null ? FollowUpFacts.NONE : followUp;
    }

    /**
     * The facts as they stood at the end of {@code on}: acts dated later (reviews, approvals, signatures, filings,
     * milestones, reports) are left out. A stage move dated {@code on} is judged on these, so a move cannot be dated
     * before the acts its gate relies on.
     */
    public ProjectFacts asOf(LocalDate on) {
        return new ProjectFacts(id, regionCode, kind, buildType, fundingSource, stage, stageBeforeSuspension,
                crossDepartment, plannedYear, estimatedInvestment, approvedEstimate, securityBudget,
                upTo(demandSubmittedOn, on),
                upTo(libraryEnteredOn, on), inAnnualPlan, upTo(appliedOn, on), upTo(approvedOn, on),
                upTo(fundedOn, on), reviews.stream().filter(r -> !r.concludedOn().isAfter(on)).toList(),
                approvals.stream().filter(a -> a.issuedOn() == null || !a.issuedOn().isAfter(on)).toList(),
                documents.stream().filter(t -> upTo(documentDates.getOrDefault(t, on), on) != null)
                        .collect(java.util.stream.Collectors.toSet()), attestations, exclusionGrounds, platformFilings,
                contracts.stream().map(c -> c.asOf(on)).toList(), upTo(responsibilityLetterFiledOn, on),
                upTo(constructionStartedOn, on), upTo(completedOn, on), upTo(trialRunStartedOn, on),
                upTo(acceptanceAppliedOn, on), upTo(acceptanceExtensionRequestedOn, on),
                upTo(preliminaryAcceptedOn, on), upTo(finalAcceptedOn, on),
                selfEvaluations.stream().filter(d -> !d.isAfter(on)).toList(),
                performanceReports.entrySet().stream().filter(e -> !e.getValue().isAfter(on))
                        .collect(java.util.stream.Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue)),
                pendingReApprovals, upTo(acceptanceExtensionRequestedOn, on) == null ? null : acceptanceExtendedUntil,
                rectificationDueOn, upTo(reappliedAfterRectificationOn, on),
                documentDates.entrySet().stream().filter(e -> !e.getValue().isAfter(on))
                        .collect(java.util.stream.Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue)),
                oversightOrders, followUp.asOf(on));
    }

    private static LocalDate upTo(LocalDate date, LocalDate on) {
        return date == null || date.isAfter(on) ? null : date;
    }

    /** The amount thresholds compare against: the approved estimate once there is one. */
    public BigDecimal investmentBasis() {
        return approvedEstimate != null ? approvedEstimate : estimatedInvestment;
    }

    /** Whether the project has reached {@code stage} on the canonical line (side states count as not). */
    public boolean hasReached(Stage other) {
        Stage effective = stage == Stage.SUSPENDED && stageBeforeSuspension != null ? stageBeforeSuspension : stage;
        return effective.isCanonical() && effective.ordinal() >= other.ordinal();
    }
}
