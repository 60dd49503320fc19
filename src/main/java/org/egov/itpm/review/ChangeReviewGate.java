package org.egov.itpm.review;

import java.util.UUID;

/**
 * The change feature's say on review rounds about one of its change requests (CHANGE_REVIEW). Implemented in the
 * change package, so that reviews need not depend on changes (changes depend on reviews).
 */
public interface ChangeReviewGate {

    /**
     * Throws (a DomainException) unless a review round about change request {@code changeId} of project
     * {@code projectId} may be opened now: the change exists there, awaits re-approval and its pack wants a round.
     */
    void requireReviewable(UUID projectId, UUID changeId);
}
