package org.egov.itpm.policy.pack;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.egov.itpm.policy.ReviewType;

/**
 * One version of a jurisdiction's regulation as data. {@code effectiveTo} is inclusive and null when
 * open-ended; {@code effectCite} cites the article that sets the window. {@code approvalIssuers} says which body
 * issues each approval kind where the seed names one ({@link ApprovalIssuers#NONE} when the pack does not say).
 * {@code escalationMeasures} are what the authority may escalate an unmet order to rectify to (none when the seed
 * names none); {@code articles} are the regulation's articles an order may cite.
 */
public record Pack(String id, int version, Jurisdiction jurisdiction, String issuingDocument, LocalDate issuedOn,
                   LocalDate effectiveFrom, LocalDate effectiveTo, Citation effectCite,
                   List<Requirement> requirements, List<Requirement> acceptanceDocuments,
                   List<Requirement> omFundingConditions, List<DeadlineRule> deadlines,
                   List<CheckRule> checks, ChangeRule change, List<String> notes,
                   List<ReviewPanelRule> reviewPanels, ApprovalIssuers approvalIssuers,
                   List<EscalationMeasure> escalationMeasures, RegulationArticles articles) {

    public Pack {
        requirements = List.copyOf(requirements);
        acceptanceDocuments = List.copyOf(acceptanceDocuments);
        omFundingConditions = List.copyOf(omFundingConditions);
        deadlines = List.copyOf(deadlines);
        checks = List.copyOf(checks);
        notes = List.copyOf(notes);
        reviewPanels = List.copyOf(reviewPanels);
        approvalIssuers = approvalIssuers == null ? ApprovalIssuers.NONE : approvalIssuers;
        escalationMeasures = escalationMeasures == null ? List.of() : List.copyOf(escalationMeasures);
        articles = articles == null ? RegulationArticles.NONE : articles;
    }

    /** A pack as before issue #18: no escalation measures, no article list. */
    public Pack(String id, int version, Jurisdiction jurisdiction, String issuingDocument, LocalDate issuedOn,
                LocalDate effectiveFrom, LocalDate effectiveTo, Citation effectCite,
                List<Requirement> requirements, List<Requirement> acceptanceDocuments,
                List<Requirement> omFundingConditions, List<DeadlineRule> deadlines,
                List<CheckRule> checks, ChangeRule change, List<String> notes,
                List<ReviewPanelRule> reviewPanels, ApprovalIssuers approvalIssuers) {
        this(id, version, jurisdiction, issuingDocument, issuedOn, effectiveFrom, effectiveTo, effectCite, requirements,
                acceptanceDocuments, omFundingConditions, deadlines, checks, change, notes, reviewPanels,
                approvalIssuers, List.of(), RegulationArticles.NONE);
    }

    /** The expert-panel rule of this review type, if the pack makes it an expert step. */
    public Optional<ReviewPanelRule> panelRule(ReviewType type) {
        return reviewPanels.stream().filter(r -> r.review() == type).findFirst();
    }

    /** Whether the pack is in force on {@code date}. */
    public PackStatus statusOn(LocalDate date) {
        if (date.isBefore(effectiveFrom)) {
            return PackStatus.NOT_YET_EFFECTIVE;
        }
        return effectiveTo != null && date.isAfter(effectiveTo) ? PackStatus.EXPIRED : PackStatus.IN_FORCE;
    }

    public String regionCode() {
        return jurisdiction.regionCode();
    }
}
