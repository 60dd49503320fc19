package org.egov.itpm.oversight;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.egov.itpm.audit.AuditService;
import org.egov.itpm.common.BusinessClock;
import org.egov.itpm.common.ConflictException;
import org.egov.itpm.common.InvalidInputException;
import org.egov.itpm.common.NotFoundException;
import org.egov.itpm.common.Text;
import org.egov.itpm.project.DocumentOwnership;
import org.egov.itpm.project.ProjectChanges;
import org.egov.itpm.project.ProjectService;
import org.egov.itpm.security.CurrentUser;

/** What every step on an order shares: loading it in scope, the state check, the history row, audit and event. */
@ApplicationScoped
class OrderSteps {

    static final int MAX_TEXT = org.egov.itpm.common.TextLimits.REASON;

    @Inject
    EntityManager em;
    @Inject
    ProjectService projects;
    @Inject
    ProjectChanges changes;
    @Inject
    DocumentOwnership documents;
    @Inject
    AuditService audit;
    @Inject
    CurrentUser user;
    @Inject
    BusinessClock clock;

    /** The order if its project is in the caller's scope (NOT_FOUND otherwise), locked against a concurrent step. */
    @Transactional(Transactional.TxType.MANDATORY)
    RectificationOrder load(UUID orderId) {
        RectificationOrder o = em.find(RectificationOrder.class, orderId, LockModeType.PESSIMISTIC_WRITE);
        if (o == null) {
            throw new NotFoundException("rectificationOrder", orderId);
        }
        projects.get(o.projectId);
        return o;
    }

    static void requireState(RectificationOrder o, String step, RectificationOrder.State... allowed) {
        if (!Arrays.asList(allowed).contains(o.state)) {
            throw new ConflictException("ORDER_STATE", new Text("cannot " + step + " an order that is " + o.state
                    + " (allowed from " + Arrays.toString(allowed) + ")", "整改事项当前状态为 " + o.state + "，不能" + step));
        }
    }

    /** A legal date of a step: today when not given, never in the future, never before the previous step. */
    LocalDate stepDate(RectificationOrder o, LocalDate entered) {
        LocalDate on = clock.actDate(entered, "on");
        LocalDate previous = em.createQuery("select max(s.on) from RectificationStep s where s.orderId = :o",
                LocalDate.class).setParameter("o", o.id).getSingleResult();
        if (previous != null && on.isBefore(previous)) {
            throw InvalidInputException.of("on", "DATE_BEFORE_PREVIOUS_ACT", "must not be before the previous step ("
                    + previous + ")", "不得早于上一步骤（" + previous + "）");
        }
        return on;
    }

    static String text(String text, String field, boolean required) {
        if (text == null || text.isBlank()) {
            if (required) {
                throw InvalidInputException.of(field, "REQUIRED", "is required", "为必填项");
            }
            return null;
        }
        if (text.length() > MAX_TEXT) {
            throw InvalidInputException.of(field, "TOO_LONG", "must be at most " + MAX_TEXT + " characters",
                    "最多" + MAX_TEXT + "个字符");
        }
        return text.strip();
    }

    /** Appends the history row, audits it and tells the project's followers (findings, subscriptions, reminders). */
    @Transactional(Transactional.TxType.MANDATORY)
    RectificationStep record(RectificationOrder o, RectificationStep.Action action, LocalDate on, String text,
                             List<UUID> documentIds, LocalDate dueOn, String measure) {
        List<UUID> cited = documentIds == null ? List.of() : List.copyOf(documentIds);
        documents.requireOwnDocuments(o.projectId, cited);
        RectificationStep s = new RectificationStep();
        s.id = UUID.randomUUID();
        s.orderId = o.id;
        s.seq = em.createQuery("select coalesce(max(s.seq), 0) from RectificationStep s where s.orderId = :o",
                Integer.class).setParameter("o", o.id).getSingleResult() + 1;
        s.action = action;
        s.actor = user.username();
        s.on = on;
        s.text = text;
        s.documentIds.addAll(cited);
        s.dueOn = dueOn;
        s.measure = measure;
        s.at = clock.now();
        em.persist(s);
        audit.record(o.projectId, "RectificationOrder", o.id, action.name(), user.username(), Map.of(
                "on", on.toString(), "state", o.state.name(), "article", o.packId + " " + o.article,
                "measure", String.valueOf(measure), "dueOn", String.valueOf(o.dueOn)));
        changes.changed(o.projectId, "RECTIFICATION_" + action.name());
        return s;
    }
}
