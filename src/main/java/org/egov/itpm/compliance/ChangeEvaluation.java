package org.egov.itpm.compliance;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.egov.itpm.common.FieldError;
import org.egov.itpm.common.InvalidInputException;
import org.egov.itpm.common.Money;
import org.egov.itpm.common.NotFoundException;
import org.egov.itpm.common.Text;
import org.egov.itpm.pack.PackRegistry;
import org.egov.itpm.policy.facts.ChangeFacts;
import org.egov.itpm.policy.pack.Pack;
import org.egov.itpm.policy.rules.ChangeDecision;
import org.egov.itpm.policy.rules.ChangePolicy;
import org.egov.itpm.project.ProjectJudgements;
import org.egov.itpm.project.Project;
import org.egov.itpm.project.ProjectService;

/** Dry-run decisions on change requests: filing (备案) or re-approval, with the arithmetic. */
@ApplicationScoped
public class ChangeEvaluation {

    @Inject
    ProjectService projects;
    @Inject
    ProjectJudgements judgements;
    @Inject
    PackRegistry packs;

    public ChangeDecision evaluate(ChangeInput in) {
        validate(in);
        Pack pack;
        BigDecimal estimate = in.approvedEstimate;
        if (in.projectId != null) {
            Project p = projects.get(in.projectId);
            pack = packOf(p);
            if (estimate == null) {
                estimate = estimateOf(p);
            }
        } else {
            pack = packs.find(in.packId, in.packVersion)
                    .orElseThrow(() -> new NotFoundException("policy pack", in.packId + " v" + in.packVersion));
        }
        ChangeFacts facts = new ChangeFacts(estimate, in.proposedTotal == null ? estimate : in.proposedTotal,
                orZero(in.addedAmount), orZero(in.removedAmount), orZero(in.newContentAmount),
                orZero(in.tenderSavings), !Boolean.FALSE.equals(in.objectiveUnchanged), Boolean.TRUE.equals(in.majorChange),
                in.reason);
        return ChangePolicy.evaluate(pack, facts);
    }

    /** The pack judging changes to {@code p}: its bound pack (shared with change requests). */
    public Pack packOf(Project p) {
        Pack pack = judgements.bindingOf(p).pack();
        if (pack == null) {
            throw InvalidInputException.of("projectId", "NO_POLICY_PACK", "no policy pack judges this project",
                    "该项目没有适用的政策包");
        }
        return pack;
    }

    /** The estimate a change is measured against: the approved estimate (概算), else the estimated investment. */
    public static BigDecimal estimateOf(Project p) {
        return p.approvedEstimate != null ? p.approvedEstimate : p.estimatedInvestment;
    }

    private static BigDecimal orZero(BigDecimal v) {
        return v == null ? BigDecimal.ZERO : v;
    }

    private static void validate(ChangeInput in) {
        List<FieldError> errors = new ArrayList<>();
        if (in.projectId == null && (in.packId == null || in.packVersion == null || in.approvedEstimate == null)) {
            errors.add(new FieldError("projectId", "REQUIRED", new Text(
                    "give projectId, or packId + packVersion + approvedEstimate",
                    "须提供 projectId，或 packId、packVersion 与 approvedEstimate")));
        }
        check(errors, "approvedEstimate", in.approvedEstimate);
        check(errors, "proposedTotal", in.proposedTotal);
        check(errors, "addedAmount", in.addedAmount);
        check(errors, "removedAmount", in.removedAmount);
        check(errors, "newContentAmount", in.newContentAmount);
        check(errors, "tenderSavings", in.tenderSavings);
        if (in.approvedEstimate != null && in.approvedEstimate.signum() == 0) {
            errors.add(new FieldError("approvedEstimate", "ZERO_ESTIMATE", new Text("must be greater than zero",
                    "须大于零")));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
    }

    private static void check(List<FieldError> errors, String field, BigDecimal amount) {
        Money.check(amount).ifPresent(t -> errors.add(new FieldError(field, "INVALID_MONEY", t)));
    }
}
