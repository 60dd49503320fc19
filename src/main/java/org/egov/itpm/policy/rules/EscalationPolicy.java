package org.egov.itpm.policy.rules;

import java.time.LocalDate;
import java.util.Optional;
import org.egov.itpm.policy.pack.Citation;
import org.egov.itpm.policy.pack.EscalationKind;
import org.egov.itpm.policy.pack.EscalationMeasure;
import org.egov.itpm.policy.pack.Pack;

/**
 * Escalating an order to rectify (限期整改) to a measure of the pack (e.g. qufu-2024 art.41: 逾期不整改或者整改后仍不符合要求的
 * … 通报批评、暂缓安排投资计划、暂停项目建设直至终止项目): only a measure the pack names, and only once the order is overdue
 * or the rectification was reported and still falls short.
 */
public final class EscalationPolicy {

    /** What the service does with an escalation of each kind. */
    public enum Effect {
        /** Recorded on the order and the project's history (通报批评). */ RECORDED,
        /** New annual-plan and budget entries are refused (FUNDING_SUSPENDED) until the authority lifts it. */
        BLOCKS_FUNDING,
        /** Recorded as the decision; the authority carries it out with the lifecycle operation (one path per act). */
        CARRIED_OUT_BY_LIFECYCLE
    }

    private EscalationPolicy() {
    }

    public static Effect effect(EscalationKind kind) {
        return switch (kind) {
            case NOTICE_OF_CRITICISM -> Effect.RECORDED;
            case SUSPEND_FUNDING -> Effect.BLOCKS_FUNDING;
            case SUSPEND_CONSTRUCTION, TERMINATE -> Effect.CARRIED_OUT_BY_LIFECYCLE;
        };
    }

    /** The pack's measure with {@code code}. */
    public static Optional<EscalationMeasure> measure(Pack pack, String code) {
        return pack.escalationMeasures().stream().filter(m -> m.code().equals(code)).findFirst();
    }

    /** Why {@code code} cannot be escalated to under {@code pack}: it names no such measure (or none at all). */
    public static Reason notInPack(Pack pack, String code) {
        if (pack.escalationMeasures().isEmpty()) {
            return new Reason("ESCALATION_MEASURE_NOT_IN_PACK", code, pack.effectCite(),
                    pack.id() + " names no escalation measure for an order to rectify; '" + code
                            + "' cannot be taken under it",
                    pack.id() + " 未规定逾期不整改的处理措施，不能采取“" + code + "”");
        }
        Citation cite = pack.escalationMeasures().get(0).cite();
        String named = String.join(", ", pack.escalationMeasures().stream()
                .map(m -> m.code() + " (" + m.labelZh() + ")").toList());
        return new Reason("ESCALATION_MEASURE_NOT_IN_PACK", code, cite,
                "'" + code + "' is not a measure of " + cite.render() + "; it names " + named,
                "“" + code + "”不是 " + cite.render() + " 规定的措施；可采取：" + named);
    }

    /**
     * Why an order still open and not reported cannot be escalated on {@code today}: its time limit has not passed
     * (the measures apply to 逾期不整改). A reported rectification the authority finds short may be escalated any day.
     */
    public static Optional<Reason> notOverdue(EscalationMeasure measure, LocalDate dueOn, LocalDate today) {
        if (dueOn == null || today.isAfter(dueOn)) {
            return Optional.empty();
        }
        return Optional.of(new Reason("ORDER_NOT_OVERDUE", measure.code(), measure.cite(),
                "The order is due on " + dueOn + "; escalation applies once it is overdue or the rectification still"
                        + " falls short (" + measure.cite().render() + ")",
                "整改期限为" + dueOn + "，逾期不整改或整改后仍不符合要求的方可采取措施（" + measure.cite().render() + "）"));
    }
}
