package org.egov.itpm.project;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Announces every {@link ProjectChanged} to all replicas with PostgreSQL NOTIFY, in the transaction of the change:
 * PostgreSQL delivers it only when that transaction commits, so a rolled-back change notifies nobody
 * (docs/adr/0008-replicas-and-notifications.md). Each replica's {@link ProjectEventListener} then emits it.
 */
@ApplicationScoped
public class ProjectEventNotifier {

    /** The NOTIFY channel of project events. */
    public static final String CHANNEL = "itpm_project_events";
    private static final int MAX_ACTOR = 256;

    private final EntityManager em;
    private final ObjectMapper json;
    private final Clock clock;

    @Inject
    public ProjectEventNotifier(EntityManager em, ObjectMapper json, Clock clock) {
        this.em = em;
        this.json = json;
        this.clock = clock;
    }

    void onChange(@Observes ProjectChanged change) {
        em.createNativeQuery("select pg_notify(:channel, :payload)").setParameter("channel", CHANNEL)
                .setParameter("payload", payload(change)).getResultList();
    }

    /** The notification text: small and bounded (NOTIFY payloads must stay under 8000 bytes). */
    String payload(ProjectChanged change) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("projectId", change.projectId().toString());
        m.put("type", change.what());
        m.put("from", change.from() == null ? null : change.from().name());
        m.put("to", change.to() == null ? null : change.to().name());
        String actor = change.actor();
        m.put("actor", actor == null || actor.length() <= MAX_ACTOR ? actor : actor.substring(0, MAX_ACTOR));
        m.put("at", clock.instant().toString());
        try {
            return json.writeValueAsString(m);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
