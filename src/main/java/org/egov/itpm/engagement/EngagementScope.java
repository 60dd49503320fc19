package org.egov.itpm.engagement;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.egov.itpm.common.BusinessClock;
import org.egov.itpm.contract.ContractService;
import org.egov.itpm.review.ReviewService;
import org.egov.itpm.security.EngagementLookup;
import org.egov.itpm.security.Roles;

/**
 * The projects an expert, supervisor or evaluator is engaged on, for its scope: an expert its panel seats (read-only
 * once the round is concluded), a supervisor / evaluator its recorded engagements (read-only after their end date,
 * today in Asia/Shanghai) and the signed SUPERVISION / EVALUATION contracts of its organisation.
 */
@ApplicationScoped
public class EngagementScope implements EngagementLookup {

    @Inject
    EngagementService engagements;
    @Inject
    ReviewService reviews;
    @Inject
    ContractService contracts;
    @Inject
    BusinessClock clock;

    @Override
    public Engaged engagedProjects(String username, String orgCode, Set<String> roles) {
        LocalDate today = clock.today();
        Set<UUID> active = new HashSet<>();
        Set<UUID> ended = new HashSet<>();
        if (roles.contains(Roles.EXPERT)) {
            reviews.seatsOf(username).forEach(s -> (s.open() ? active : ended).add(s.projectId()));
        }
        UUID orgId = engagements.orgId(orgCode);
        for (EngagementKind kind : List.of(EngagementKind.SUPERVISION, EngagementKind.EVALUATION)) {
            if (!roles.contains(EngagementService.roleFor(kind))) {
                continue;
            }
            for (Engagement e : engagements.explicitFor(kind, username, orgId)) {
                switch (EngagementPeriod.on(today, e.validFrom, e.validTo)) {
                    case ACTIVE -> active.add(e.projectId);
                    case ENDED -> ended.add(e.projectId);
                    case NOT_STARTED -> { }
                }
            }
            if (orgCode != null) {
                contracts.signedWithSupplier(orgCode, EngagementService.contractKind(kind))
                        .forEach(c -> active.add(c.projectId()));
            }
        }
        ended.removeAll(active);
        return new Engaged(Set.copyOf(active), Set.copyOf(ended));
    }
}
