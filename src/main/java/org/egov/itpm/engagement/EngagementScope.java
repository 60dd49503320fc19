package org.egov.itpm.engagement;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.egov.itpm.common.BusinessClock;
import org.egov.itpm.contract.ContractService;
import org.egov.itpm.review.ReviewService;
import org.egov.itpm.security.EngagementLookup;
import org.egov.itpm.security.ProjectCondition;
import org.egov.itpm.security.Roles;

/**
 * The projects an expert, supervisor or evaluator is engaged on, for its scope: an expert its panel seats (read-only
 * once the round is concluded), a supervisor / evaluator its recorded engagements (read-only after their end date,
 * today in Asia/Shanghai) and the signed SUPERVISION / EVALUATION contracts of its organisation. Each feature states
 * its part as a condition over its own tables (issue #19): nothing here reads the caller's seats or engagements.
 */
@ApplicationScoped
public class EngagementScope implements EngagementLookup {

    @Inject
    ReviewService reviews;
    @Inject
    ContractService contracts;
    @Inject
    BusinessClock clock;

    @Override
    public Engaged engagedProjects(String username, String orgCode, Set<String> roles) {
        List<ProjectCondition> reaches = new ArrayList<>();
        List<ProjectCondition> active = new ArrayList<>();
        if (roles.contains(Roles.EXPERT)) {
            add(reviews.seatConditions(username), reaches, active);
        }
        LocalDate today = clock.today();
        for (EngagementKind kind : List.of(EngagementKind.SUPERVISION, EngagementKind.EVALUATION)) {
            if (!roles.contains(EngagementService.roleFor(kind))) {
                continue;
            }
            add(RecordedConditions.of(kind, username, orgCode, today), reaches, active);
            if (orgCode != null) {
                ProjectCondition signed = contracts.signedWithSupplierCondition(orgCode,
                        EngagementService.contractKind(kind));
                add(new Engaged(signed, signed), reaches, active);
            }
        }
        return reaches.isEmpty() ? Engaged.NONE
                : new Engaged(ProjectCondition.anyOf(reaches), ProjectCondition.anyOf(active));
    }

    private static void add(Engaged engaged, List<ProjectCondition> reaches, List<ProjectCondition> active) {
        reaches.add(engaged.reaches());
        active.add(engaged.active());
    }
}
