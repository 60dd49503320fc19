package org.egov.itpm.policy.pack;

import java.util.List;
import org.egov.itpm.policy.ApprovalKind;
import org.egov.itpm.policy.Attestation;
import org.egov.itpm.policy.DocumentType;
import org.egov.itpm.policy.ExclusionGround;
import org.egov.itpm.policy.ReviewType;

/** Checks that a requirement's values belong to the vocabulary of its kind. */
final class RuleParameters {

    private RuleParameters() {
    }

    static Class<? extends Enum<?>> vocabulary(RequirementKind kind) {
        return switch (kind) {
            case REVIEW -> ReviewType.class;
            case APPROVAL -> ApprovalKind.class;
            case DOCUMENT, CONTRACT_DOCUMENT -> DocumentType.class;
            case ATTESTATION -> Attestation.class;
            case EXCLUSION -> ExclusionGround.class;
            case FACT -> FactCheck.class;
        };
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    static void checkValues(JsonFields f, RequirementKind kind, List<String> anyOf, String after, Integer months,
                            String path) {
        Class type = vocabulary(kind);
        for (int i = 0; i < anyOf.size(); i++) {
            f.constant(anyOf.get(i), path + ".anyOf[" + i + "]", type);
        }
        if (after != null) {
            checkAfter(f, kind, after, path + ".after");
        }
        if (anyOf.contains(FactCheck.TRIAL_RUN_MONTHS.name()) && months == null) {
            f.problem(path + ".months", "is required for TRIAL_RUN_MONTHS");
        }
    }

    /** {@code after} is a value of the same vocabulary, or {@code REVIEW:X} / {@code APPROVAL:X} across kinds. */
    @SuppressWarnings({"unchecked", "rawtypes"})
    private static void checkAfter(JsonFields f, RequirementKind kind, String after, String path) {
        RequirementKind afterKind = After.kind(kind, after);
        if (afterKind != RequirementKind.REVIEW && afterKind != RequirementKind.APPROVAL) {
            f.problem(path, "ordering is only possible between dated reviews and approvals, got '" + after + "'");
            return;
        }
        Class type = vocabulary(afterKind);
        f.constant(After.value(after), path, type);
    }
}
