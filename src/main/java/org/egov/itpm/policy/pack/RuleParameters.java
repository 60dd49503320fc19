package org.egov.itpm.policy.pack;

import java.util.List;
import org.egov.itpm.policy.ApprovalKind;
import org.egov.itpm.policy.Attestation;
import org.egov.itpm.policy.ContractClause;
import org.egov.itpm.policy.DocumentType;
import org.egov.itpm.policy.ExclusionGround;
import org.egov.itpm.policy.IpOwner;
import org.egov.itpm.policy.PlatformFiling;
import org.egov.itpm.policy.ReviewType;
import org.egov.itpm.policy.Stage;

/** Checks that each rule type carries the parameters its evaluator reads. */
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

    static void checkDeadline(JsonFields f, DeadlineRule rule, String path) {
        switch (rule.type()) {
            case CONTRACT_SIGNING, CONTRACT_FILING -> require(f, rule.workingDays(), path, "workingDays");
            case CONSTRUCTION_START, ACCEPTANCE_APPLICATION -> require(f, rule.months(), path, "months");
            case DEMAND_WINDOW -> {
                require(f, rule.month(), path, "month");
                require(f, rule.day(), path, "day");
                if (rule.month() != null && rule.month() > 12) {
                    f.problem(path + ".month", "must be 1..12");
                }
            }
            case LIBRARY_VALIDITY -> require(f, rule.years(), path, "years");
            case SELF_EVALUATION_WINDOW -> {
                require(f, rule.minMonths(), path, "minMonths");
                require(f, rule.maxMonths(), path, "maxMonths");
                if (rule.minMonths() != null && rule.maxMonths() != null && rule.minMonths() > rule.maxMonths()) {
                    f.problem(path + ".maxMonths", "must not be below minMonths");
                }
            }
            case PERFORMANCE_REPORT_YEARLY, SELF_EVALUATION_YEARLY, ACCEPTANCE_EXTENSION, RECTIFICATION -> { }
        }
    }

    static void checkCheck(JsonFields f, CheckRule rule, String path) {
        switch (rule.type()) {
            case MIN_SECURITY_BUDGET_SHARE -> require(f, rule.percent(), path, "percent");
            case MIN_WARRANTY_MONTHS, MAX_IMPLEMENTATION_MONTHS, TRIAL_RUN_MINIMUM -> require(f, rule.months(), path, "months");
            case CONTRACT_CLAUSE -> value(f, rule, path, ContractClause.class);
            case IP_OWNER -> {
                if (rule.values().isEmpty()) {
                    f.problem(path + ".values", "is required for this type (the accepted IpOwner values)");
                }
                for (int i = 0; i < rule.values().size(); i++) {
                    f.constant(rule.values().get(i), path + ".values[" + i + "]", IpOwner.class);
                }
            }
            case SUPERVISION_CONTRACT, RESPONSIBILITY_LETTER -> require(f, rule.fromStage(), path, "fromStage");
            case ATTESTATION -> {
                value(f, rule, path, Attestation.class);
                require(f, rule.fromStage(), path, "fromStage");
            }
            case PLATFORM_FILING -> {
                value(f, rule, path, PlatformFiling.class);
                require(f, rule.fromStage(), path, "fromStage");
                require(f, rule.detail(), path, "detail");
            }
        }
        if (rule.fromStage() != null && !rule.fromStage().isCanonical()) {
            f.problem(path + ".fromStage", "must be a canonical stage, not " + rule.fromStage());
        }
        if (rule.fromStage() == Stage.DRAFT) {
            f.problem(path + ".fromStage", "DRAFT would flag every project; name the stage the duty starts at");
        }
    }

    private static <E extends Enum<E>> void value(JsonFields f, CheckRule rule, String path, Class<E> type) {
        if (require(f, rule.value(), path, "value")) {
            f.constant(rule.value(), path + ".value", type);
        }
    }

    private static boolean require(JsonFields f, Object parameter, String path, String name) {
        if (parameter == null) {
            f.problem(path + "." + name, "is required for this type");
            return false;
        }
        return true;
    }
}
