package org.egov.itpm.evaluation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Comparator;
import java.util.Map;
import java.util.UUID;
import org.egov.itpm.policy.Attestation;
import org.egov.itpm.policy.facts.ProjectFactsBuilder;
import org.egov.itpm.project.FactsContributor;

/**
 * Self-evaluation dates answer the pack's evaluation windows; the latest third-party post-evaluation concluding
 * EXCELLENT or GOOD attests GOOD_PERFORMANCE_EVALUATION (Qufu art.25: 绩效评价结果不佳 refuses O&M funding).
 */
@ApplicationScoped
public class EvaluationFacts implements FactsContributor {

    @Inject
    EvaluationService evaluations;

    @Override
    public void contribute(Map<UUID, ProjectFactsBuilder> builders) {
        evaluations.byProjects(builders.keySet()).forEach((projectId, list) -> {
            ProjectFactsBuilder b = builders.get(projectId);
            list.stream().filter(e -> e.kind == Evaluation.Kind.SELF).forEach(e -> b.selfEvaluatedOn(e.onDate));
            list.stream().filter(e -> e.kind == Evaluation.Kind.THIRD_PARTY)
                    .max(Comparator.comparing((Evaluation e) -> e.onDate).thenComparing(e -> e.recordedAt))
                    .filter(e -> e.conclusion == Evaluation.Conclusion.EXCELLENT || e.conclusion == Evaluation.Conclusion.GOOD)
                    .ifPresent(e -> b.attest(Attestation.GOOD_PERFORMANCE_EVALUATION));
        });
    }
}
