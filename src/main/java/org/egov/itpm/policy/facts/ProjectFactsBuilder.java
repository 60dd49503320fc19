package org.egov.itpm.policy.facts;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.egov.itpm.policy.ApprovalKind;
import org.egov.itpm.policy.Attestation;
import org.egov.itpm.policy.BuildType;
import org.egov.itpm.policy.DocumentType;
import org.egov.itpm.policy.ExclusionGround;
import org.egov.itpm.policy.FundingSource;
import org.egov.itpm.policy.PlatformFiling;
import org.egov.itpm.policy.ProjectKind;
import org.egov.itpm.policy.ReviewType;
import org.egov.itpm.policy.Stage;

/** Fluent construction of {@link ProjectFacts}; unset values stay null or empty. */
public final class ProjectFactsBuilder {

    private String id = "project";
    private String regionCode;
    private ProjectKind kind = ProjectKind.CONSTRUCTION;
    private BuildType buildType;
    private FundingSource fundingSource = FundingSource.FISCAL;
    private Stage stage = Stage.DRAFT;
    private Stage stageBeforeSuspension;
    private boolean crossDepartment;
    private Integer plannedYear;
    private BigDecimal estimatedInvestment;
    private BigDecimal approvedEstimate;
    private BigDecimal securityBudget;
    private LocalDate demandSubmittedOn, libraryEnteredOn, appliedOn, approvedOn, fundedOn;
    private boolean inAnnualPlan;
    private final List<PassedReview> reviews = new ArrayList<>();
    private final List<ApprovalRecord> approvals = new ArrayList<>();
    private final Set<DocumentType> documents = EnumSet.noneOf(DocumentType.class);
    private final Map<DocumentType, LocalDate> datedDocuments = new HashMap<>();
    private final Set<Attestation> attestations = EnumSet.noneOf(Attestation.class);
    private final Set<ExclusionGround> exclusionGrounds = EnumSet.noneOf(ExclusionGround.class);
    private final Set<PlatformFiling> platformFilings = EnumSet.noneOf(PlatformFiling.class);
    private final List<ContractFacts> contracts = new ArrayList<>();
    private final Map<String, Set<DocumentType>> contractDocuments = new HashMap<>();
    private LocalDate responsibilityLetterFiledOn, constructionStartedOn, completedOn, trialRunStartedOn;
    private LocalDate acceptanceAppliedOn, acceptanceExtensionRequestedOn, preliminaryAcceptedOn, finalAcceptedOn;
    private final List<LocalDate> selfEvaluations = new ArrayList<>();
    private final Map<Integer, LocalDate> performanceReports = new HashMap<>();
    private final List<PendingReApproval> pendingReApprovals = new ArrayList<>();
    private LocalDate acceptanceExtendedUntil, rectificationDueOn, reappliedAfterRectificationOn;
    private final List<OversightOrder> oversightOrders = new ArrayList<>();
    private FollowUpFacts followUp = FollowUpFacts.NONE;

    public static ProjectFactsBuilder project(String id, String regionCode) {
        ProjectFactsBuilder b = new ProjectFactsBuilder();
        b.id = id;
        b.regionCode = regionCode;
        return b;
    }

    public static ProjectFactsBuilder from(ProjectFacts f) {
        ProjectFactsBuilder b = project(f.id(), f.regionCode()).kind(f.kind()).buildType(f.buildType())
                .funding(f.fundingSource())
                .stage(f.stage()).suspendedFrom(f.stageBeforeSuspension()).crossDepartment(f.crossDepartment())
                .plannedYear(f.plannedYear()).estimated(f.estimatedInvestment()).approvedEstimate(f.approvedEstimate())
                .securityBudget(f.securityBudget()).demandSubmittedOn(f.demandSubmittedOn())
                .libraryEnteredOn(f.libraryEnteredOn()).inAnnualPlan(f.inAnnualPlan()).appliedOn(f.appliedOn())
                .approvedOn(f.approvedOn()).fundedOn(f.fundedOn()).responsibilityLetterFiledOn(f.responsibilityLetterFiledOn())
                .constructionStartedOn(f.constructionStartedOn()).completedOn(f.completedOn())
                .trialRunStartedOn(f.trialRunStartedOn()).acceptanceAppliedOn(f.acceptanceAppliedOn())
                .acceptanceExtensionRequestedOn(f.acceptanceExtensionRequestedOn())
                .preliminaryAcceptedOn(f.preliminaryAcceptedOn()).finalAcceptedOn(f.finalAcceptedOn())
                .acceptanceExtendedUntil(f.acceptanceExtendedUntil()).rectificationDueOn(f.rectificationDueOn())
                .reappliedAfterRectificationOn(f.reappliedAfterRectificationOn());
        b.reviews.addAll(f.reviews());
        b.approvals.addAll(f.approvals());
        f.documents().stream().filter(t -> !f.documentDates().containsKey(t)).forEach(b.documents::add);
        b.datedDocuments.putAll(f.documentDates());
        b.attestations.addAll(f.attestations());
        b.exclusionGrounds.addAll(f.exclusionGrounds());
        b.platformFilings.addAll(f.platformFilings());
        b.contracts.addAll(f.contracts());
        b.selfEvaluations.addAll(f.selfEvaluations());
        b.performanceReports.putAll(f.performanceReports());
        b.pendingReApprovals.addAll(f.pendingReApprovals());
        b.oversightOrders.addAll(f.oversightOrders());
        b.followUp = f.followUp();
        return b;
    }

    public ProjectFactsBuilder kind(ProjectKind v) { kind = v; return this; }
    public ProjectFactsBuilder buildType(BuildType v) { buildType = v; return this; }
    public ProjectFactsBuilder funding(FundingSource v) { fundingSource = v; return this; }
    public ProjectFactsBuilder stage(Stage v) { stage = v; return this; }
    public ProjectFactsBuilder suspendedFrom(Stage v) { stageBeforeSuspension = v; return this; }
    public ProjectFactsBuilder crossDepartment(boolean v) { crossDepartment = v; return this; }
    public ProjectFactsBuilder plannedYear(Integer v) { plannedYear = v; return this; }
    public ProjectFactsBuilder estimated(BigDecimal v) { estimatedInvestment = v; return this; }
    public ProjectFactsBuilder estimated(String v) { return estimated(new BigDecimal(v)); }
    public ProjectFactsBuilder approvedEstimate(BigDecimal v) { approvedEstimate = v; return this; }
    public ProjectFactsBuilder securityBudget(BigDecimal v) { securityBudget = v; return this; }
    public ProjectFactsBuilder demandSubmittedOn(LocalDate v) { demandSubmittedOn = v; return this; }
    public ProjectFactsBuilder libraryEnteredOn(LocalDate v) { libraryEnteredOn = v; return this; }
    public ProjectFactsBuilder inAnnualPlan(boolean v) { inAnnualPlan = v; return this; }
    public ProjectFactsBuilder appliedOn(LocalDate v) { appliedOn = v; return this; }
    public ProjectFactsBuilder approvedOn(LocalDate v) { approvedOn = v; return this; }
    public ProjectFactsBuilder fundedOn(LocalDate v) { fundedOn = v; return this; }
    public ProjectFactsBuilder review(ReviewType t, LocalDate on) { reviews.add(new PassedReview(t, on)); return this; }
    public ProjectFactsBuilder approval(ApprovalKind k, LocalDate on) { approvals.add(new ApprovalRecord(k, on, null)); return this; }
    public ProjectFactsBuilder approval(ApprovalKind k, LocalDate on, BigDecimal amount) { approvals.add(new ApprovalRecord(k, on, amount)); return this; }
    public ProjectFactsBuilder documents(DocumentType... v) { documents.addAll(List.of(v)); return this; }
    /** A document that exists as a dated act (an opinion, a report): it counts from {@code on} (the earliest wins). */
    public ProjectFactsBuilder documentOn(DocumentType t, LocalDate on) {
        datedDocuments.merge(t, on, (a, b) -> a.isBefore(b) ? a : b);
        return this;
    }
    public ProjectFactsBuilder attest(Attestation... v) { attestations.addAll(List.of(v)); return this; }
    public ProjectFactsBuilder excludedBy(ExclusionGround... v) { exclusionGrounds.addAll(List.of(v)); return this; }
    public ProjectFactsBuilder filed(PlatformFiling... v) { platformFilings.addAll(List.of(v)); return this; }
    public ProjectFactsBuilder contract(ContractFacts c) { contracts.add(c); return this; }
    /** A document linked to contract {@code contractId} (merged into that contract's facts on build). */
    public ProjectFactsBuilder contractDocument(String contractId, DocumentType t) {
        contractDocuments.computeIfAbsent(contractId, k -> EnumSet.noneOf(DocumentType.class)).add(t);
        return this;
    }
    public ProjectFactsBuilder responsibilityLetterFiledOn(LocalDate v) { responsibilityLetterFiledOn = v; return this; }
    public ProjectFactsBuilder constructionStartedOn(LocalDate v) { constructionStartedOn = v; return this; }
    public ProjectFactsBuilder completedOn(LocalDate v) { completedOn = v; return this; }
    public ProjectFactsBuilder trialRunStartedOn(LocalDate v) { trialRunStartedOn = v; return this; }
    public ProjectFactsBuilder acceptanceAppliedOn(LocalDate v) { acceptanceAppliedOn = v; return this; }
    public ProjectFactsBuilder acceptanceExtensionRequestedOn(LocalDate v) { acceptanceExtensionRequestedOn = v; return this; }
    public ProjectFactsBuilder preliminaryAcceptedOn(LocalDate v) { preliminaryAcceptedOn = v; return this; }
    public ProjectFactsBuilder finalAcceptedOn(LocalDate v) { finalAcceptedOn = v; return this; }
    public ProjectFactsBuilder selfEvaluatedOn(LocalDate v) { selfEvaluations.add(v); return this; }
    public ProjectFactsBuilder performanceReport(int year, LocalDate on) { performanceReports.put(year, on); return this; }
    public ProjectFactsBuilder acceptanceExtendedUntil(LocalDate v) { acceptanceExtendedUntil = v; return this; }
    public ProjectFactsBuilder rectificationDueOn(LocalDate v) { rectificationDueOn = v; return this; }
    public ProjectFactsBuilder reappliedAfterRectificationOn(LocalDate v) { reappliedAfterRectificationOn = v; return this; }
    public ProjectFactsBuilder oversightOrder(OversightOrder v) { oversightOrders.add(v); return this; }
    public ProjectFactsBuilder pendingReApproval(int seq, LocalDate requestedOn) { pendingReApprovals.add(new PendingReApproval(seq, requestedOn)); return this; }

    /** Planned end date (a delay report is due once it passes unfinished). */
    public ProjectFactsBuilder plannedEnd(LocalDate v) { followUp = followUp.withPlannedEnd(v); return this; }
    /** Final settlement (决算) on {@code on}, leaving {@code surplus} of the funded amount. */
    public ProjectFactsBuilder settled(LocalDate on, BigDecimal surplus) { followUp = followUp.withSettlement(on, surplus); return this; }
    public ProjectFactsBuilder surplusReturned(LocalDate on, BigDecimal amount) { followUp = followUp.withSurplusReturn(on, amount); return this; }
    public ProjectFactsBuilder delayReported(LocalDate on) {
        List<LocalDate> all = new ArrayList<>(followUp.delayReports());
        all.add(on);
        followUp = followUp.withDelayReports(all);
        return this;
    }
    public ProjectFactsBuilder omBudgetProposal(int year, LocalDate sentOn) {
        Map<Integer, LocalDate> all = new HashMap<>(followUp.omBudgetProposals());
        all.put(year, sentOn);
        followUp = followUp.withOmBudgetProposals(all);
        return this;
    }

    public ProjectFacts build() {
        return new ProjectFacts(id, regionCode, kind, buildType, fundingSource, stage, stageBeforeSuspension, crossDepartment,
                plannedYear, estimatedInvestment, approvedEstimate, securityBudget, demandSubmittedOn, libraryEnteredOn,
                inAnnualPlan, appliedOn, approvedOn, fundedOn, reviews, approvals, allDocuments(), attestations,
                exclusionGrounds, platformFilings, contracts.stream().map(c -> c.withDocuments(
                        contractDocuments.getOrDefault(c.id(), Set.of()))).toList(), responsibilityLetterFiledOn, constructionStartedOn,
                completedOn, trialRunStartedOn, acceptanceAppliedOn, acceptanceExtensionRequestedOn,
                preliminaryAcceptedOn, finalAcceptedOn, selfEvaluations, performanceReports,
                pendingReApprovals.stream().sorted(java.util.Comparator.comparingInt(PendingReApproval::seq)).toList(),
                acceptanceExtendedUntil, rectificationDueOn, reappliedAfterRectificationOn, documentDates(),
                oversightOrders, followUp);
    }

    private Set<DocumentType> allDocuments() {
        Set<DocumentType> all = EnumSet.noneOf(DocumentType.class);
        all.addAll(documents);
        all.addAll(datedDocuments.keySet());
        return all;
    }

    /** Dated documents only where no undated upload of the same type exists (an upload counts from the start). */
    private Map<DocumentType, LocalDate> documentDates() {
        Map<DocumentType, LocalDate> dates = new HashMap<>(datedDocuments);
        dates.keySet().removeAll(documents);
        return dates;
    }
}
