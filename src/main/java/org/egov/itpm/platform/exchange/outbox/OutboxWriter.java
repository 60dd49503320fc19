package org.egov.itpm.platform.exchange.outbox;

import org.egov.itpm.common.BusinessClock;
import org.egov.itpm.common.SessionJdbc;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.egov.itpm.approval.ApprovalService;
import org.egov.itpm.common.ItpmConfig;
import org.egov.itpm.platform.exchange.pull.ExchangeProjectRow;
import org.egov.itpm.project.Project;
import org.egov.itpm.project.ProjectChanged;
import org.egov.itpm.project.ProjectService;

/**
 * The transactional outbox: a synchronous observer of {@link ProjectChanged}, so the event row is written in the
 * transaction of the change and exists exactly when the change committed. Stage changes, approvals and platform
 * filings become events; each gets the next per-project seq and one PENDING delivery per active subscription of
 * the project's province.
 */
@ApplicationScoped
public class OutboxWriter {

    private final EntityManager em;
    private final ProjectService projects;
    private final ApprovalService approvals;
    private final ItpmConfig config;
    private final ObjectMapper json;
    private final BusinessClock clock;

    @Inject
    public OutboxWriter(EntityManager em, ProjectService projects, ApprovalService approvals, ItpmConfig config,
                        ObjectMapper json, BusinessClock clock) {
        this.clock = clock;
        this.em = em;
        this.projects = projects;
        this.approvals = approvals;
        this.config = config;
        this.json = json;
    }

    /** Event type for a change, or null when platforms are not told about it. */
    static String typeOf(String what) {
        return switch (what) {
            case "STAGE" -> "project.stage-changed";
            case "APPROVAL" -> "project.approval-recorded";
            case "FILING" -> "project.filing-recorded";
            default -> null;
        };
    }

    void onChange(@Observes ProjectChanged change) {
        String type = typeOf(change.what());
        if (type == null) {
            return;
        }
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("from", change.from());
        fields.put("to", change.to());
        fields.put("actor", change.actor());
        if (change.what().equals("APPROVAL")) {
            fields.put("approvals", approvals.byProjects(List.of(change.projectId()))
                    .getOrDefault(change.projectId(), List.of()).stream()
                    .map(a -> Map.of("kind", a.kind.name(), "documentNumber", a.documentNumber,
                            "approvedOn", a.approvedOn.toString(), "issuingBody", a.issuingBody))
                    .toList());
        }
        append(change.projectId(), type, fields);
    }

    /**
     * Writes one event of {@code type} for a project in the caller's transaction, with {@code fields} added to the
     * payload after the common ones; other features use it for events that are not a {@link ProjectChanged}
     * (e.g. {@code project.deadline-missed} from the reminder run).
     */
    public void append(UUID projectId, String type, Map<String, Object> fields) {
        Project p = projects.byIds(List.of(projectId)).get(projectId);
        // Serialises writers of one project's outbox so seq has no gaps or duplicates.
        em.createNativeQuery("select id from project where id = :id for update").setParameter("id", p.id)
                .getResultList();
        long seq = ((Number) em.createNativeQuery("select coalesce(max(seq), 0) + 1 from outbox_event where project_id = :p")
                .setParameter("p", p.id).getSingleResult()).longValue();
        UUID id = UUID.randomUUID();
        Instant now = clock.now();
        Map<String, Object> payload = new LinkedHashMap<>();
        payload.put("eventId", id);
        payload.put("type", type);
        payload.put("projectId", p.id);
        payload.put("seq", seq);
        payload.put("occurredAt", now);
        payload.putAll(fields);
        payload.put("project", ExchangeProjectRow.of(p, config.exchange().nodeCode()));
        // plain JDBC: the reminder run appends thousands of events in one transaction (SessionJdbc)
        SessionJdbc.update(em, "insert into outbox_event (id, project_id, region_code, seq, type, payload, created_at)"
                        + " values (:id, :p, :region, :seq, :type, cast(:payload as jsonb), :now)",
                "id", id, "p", p.id, "region", p.regionCode, "seq", seq, "type", type, "payload", write(payload),
                "now", now);
        SessionJdbc.update(em, "insert into outbox_delivery (id, event_id, subscription_id, project_id, seq, status,"
                        + " attempts, next_attempt_at, created_at)"
                        + " select gen_random_uuid(), :id, s.id, :p, :seq, 'PENDING', 0, :now, :now"
                        + " from platform_subscription s where s.active and :region like substr(s.region_code, 1, 2) || '%'",
                "id", id, "p", p.id, "seq", seq, "region", p.regionCode, "now", now);
    }

    private String write(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
