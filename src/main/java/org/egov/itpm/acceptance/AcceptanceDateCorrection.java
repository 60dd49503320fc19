package org.egov.itpm.acceptance;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.Map;
import org.egov.itpm.audit.AuditService;
import org.egov.itpm.policy.Stage;
import org.egov.itpm.project.StageDateCorrected;
import org.egov.itpm.security.CurrentUser;

/**
 * The 初验 and 竣工验收 conclusions are one act with the stage move they cause: when the move's legal date is
 * corrected, the passed step's date follows in the same transaction, so the acceptance record and the history agree.
 */
@ApplicationScoped
public class AcceptanceDateCorrection {

    @Inject
    EntityManager em;
    @Inject
    AuditService audit;
    @Inject
    CurrentUser user;

    void onCorrected(@Observes StageDateCorrected corrected) {
        AcceptanceStep.Kind kind = corrected.stage() == Stage.PRELIMINARY_ACCEPTANCE
                ? AcceptanceStep.Kind.PRELIMINARY_ACCEPTANCE
                : corrected.stage() == Stage.FINAL_ACCEPTANCE ? AcceptanceStep.Kind.FINAL_ACCEPTANCE : null;
        if (kind == null) {
            return;
        }
        em.createQuery("select s from AcceptanceStep s where s.projectId = :p and s.kind = :k and s.passed = true"
                        + " and s.onDate = :d order by s.seq desc", AcceptanceStep.class)
                .setParameter("p", corrected.projectId()).setParameter("k", kind).setParameter("d", corrected.from())
                .setMaxResults(1).getResultList().stream().findFirst().ifPresent(step -> {
                    step.onDate = corrected.to();
                    audit.record(corrected.projectId(), "AcceptanceStep", step.id, "CORRECT_DATE", user.username(),
                            Map.of("from", corrected.from().toString(), "to", corrected.to().toString()));
                });
    }
}
