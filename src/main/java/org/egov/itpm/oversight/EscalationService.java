package org.egov.itpm.oversight;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.egov.itpm.common.ConflictException;
import org.egov.itpm.common.NotFoundException;
import org.egov.itpm.common.RuleViolationException;
import org.egov.itpm.common.RuleViolationException.CitedReason;
import org.egov.itpm.common.Text;
import org.egov.itpm.pack.PackRegistry;
import org.egov.itpm.policy.pack.EscalationMeasure;
import org.egov.itpm.policy.pack.Pack;
import org.egov.itpm.policy.rules.EscalationPolicy;
import org.egov.itpm.policy.rules.Reason;
import org.egov.itpm.project.Reasons;
import org.egov.itpm.security.CurrentUser;
import org.egov.itpm.oversight.RectificationOrder.State;
import org.egov.itpm.oversight.RectificationStep.Action;

/**
 * Escalating an unmet order to a measure its pack names (逾期不整改或者整改后仍不符合要求的 …) and lifting it.
 * SUSPEND_FUNDING blocks new funding entries until lifted; SUSPEND_CONSTRUCTION and TERMINATE are recorded as the
 * decision, which the authority carries out with suspendProject / terminateProject and their checks.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class EscalationService {

    @Inject
    EntityManager em;
    @Inject
    OrderSteps steps;
    @Inject
    PackRegistry packs;
    @Inject
    CurrentUser user;

    @Transactional
    public Escalation escalate(UUID orderId, String measureCode, String text, LocalDate on) {
        RectificationOrder o = steps.load(orderId);
        OrderSteps.requireState(o, "escalate", State.ISSUED, State.REPORTED, State.ESCALATED);
        Pack pack = packs.find(o.packId, o.packVersion).orElseThrow();
        EscalationMeasure measure = EscalationPolicy.measure(pack, measureCode)
                .orElseThrow(() -> refusal(EscalationPolicy.notInPack(pack, measureCode)));
        String reason = OrderSteps.text(text, "text", false);
        LocalDate date = steps.stepDate(o, on);
        if (o.state != State.REPORTED) {
            EscalationPolicy.notOverdue(measure, o.dueOn, date).ifPresent(r -> {
                throw refusal(r);
            });
        }
        if (active(List.of(o.projectId)).getOrDefault(o.projectId, List.of()).stream()
                .anyMatch(e -> e.orderId.equals(o.id) && e.measureCode.equals(measure.code()))) {
            throw new ConflictException("ESCALATION_IN_FORCE", new Text(measure.code() + " is already in force on this"
                    + " order", "该整改事项已采取“" + measure.labelZh() + "”措施"));
        }
        Escalation e = new Escalation();
        e.id = UUID.randomUUID();
        e.orderId = o.id;
        e.projectId = o.projectId;
        e.packId = pack.id();
        e.measureCode = measure.code();
        e.kind = measure.kind();
        e.article = measure.cite().article();
        e.quote = measure.cite().quote();
        e.decidedOn = date;
        e.decidedBy = user.username();
        em.persist(e);
        o.state = State.ESCALATED;
        o.reportedOn = null;
        steps.record(o, Action.ESCALATE, date, reason, List.of(), null, measure.code());
        return e;
    }

    @Transactional
    public Escalation lift(UUID escalationId, String text, LocalDate on) {
        Escalation e = em.find(Escalation.class, escalationId);
        if (e == null) {
            throw new NotFoundException("escalation", escalationId);
        }
        RectificationOrder o = steps.load(e.orderId);
        if (!e.active()) {
            throw new ConflictException("ESCALATION_NOT_IN_FORCE", new Text("the measure was lifted on " + e.liftedOn,
                    "该措施已于" + e.liftedOn + "解除"));
        }
        String reason = OrderSteps.text(text, "text", true);
        LocalDate date = steps.stepDate(o, on);
        e.liftedOn = date;
        e.liftedBy = user.username();
        e.liftReason = reason;
        steps.record(o, Action.LIFT, date, reason, List.of(), null, e.measureCode);
        return e;
    }

    /** Why new funding entries are refused for the project: a SUSPEND_FUNDING measure in force; empty otherwise. */
    public Optional<RuleViolationException> fundingSuspension(UUID projectId) {
        return active(List.of(projectId)).getOrDefault(projectId, List.of()).stream()
                .filter(e -> EscalationPolicy.effect(e.kind) == EscalationPolicy.Effect.BLOCKS_FUNDING).findFirst()
                .map(e -> {
                    CitedReason r = Reasons.cited("FUNDING_SUSPENDED", e.cite(), new Text("funding is suspended since "
                            + e.decidedOn + " (" + e.measureCode + ", " + e.cite().render() + ") until the authority"
                            + " lifts the measure", "自" + e.decidedOn + "起暂缓安排资金（" + e.cite().render()
                            + "），待主管部门解除后方可录入"));
                    return new RuleViolationException("FUNDING_SUSPENDED", r.message(), List.of(r));
                });
    }

    /** Escalations in force, by project. */
    public Map<UUID, List<Escalation>> active(Collection<UUID> projectIds) {
        return projectIds.isEmpty() ? Map.of() : em.createQuery("select e from Escalation e where e.projectId in :ids"
                        + " and e.liftedOn is null order by e.decidedOn", Escalation.class)
                .setParameter("ids", projectIds).getResultList().stream()
                .collect(Collectors.groupingBy(e -> e.projectId, LinkedHashMap::new, Collectors.toList()));
    }

    /** Every escalation (in force and lifted) of the orders, by order. */
    public Map<UUID, List<Escalation>> byOrders(Collection<UUID> orderIds) {
        return orderIds.isEmpty() ? Map.of() : em.createQuery("select e from Escalation e where e.orderId in :ids"
                        + " order by e.decidedOn, e.id", Escalation.class).setParameter("ids", orderIds)
                .getResultList().stream().collect(Collectors.groupingBy(e -> e.orderId, LinkedHashMap::new,
                        Collectors.toList()));
    }

    private static RuleViolationException refusal(Reason r) {
        CitedReason cited = Reasons.cited(r);
        return new RuleViolationException(r.code(), cited.message(), List.of(cited));
    }
}
