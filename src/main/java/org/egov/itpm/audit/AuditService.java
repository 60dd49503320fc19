package org.egov.itpm.audit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

/** The audit trail: every write to a project and its children calls {@link #record} in the same transaction. */
@ApplicationScoped
public class AuditService {

    private final Clock clock;

    @Inject
    public AuditService(Clock clock) {
        this.clock = clock;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void record(UUID projectId, String entity, UUID entityId, String action, String actor,
                       Map<String, ?> details) {
        write(projectId, entity, entityId.toString(), action, actor, details);
    }

    /** A change to something that belongs to no project (a policy pack, an organisation). */
    @Transactional(Transactional.TxType.MANDATORY)
    public void recordGlobal(String entity, String entityId, String action, String actor, Map<String, ?> details) {
        write(null, entity, entityId, action, actor, details);
    }

    private void write(UUID projectId, String entity, String entityId, String action, String actor,
                       Map<String, ?> details) {
        AuditEvent event = new AuditEvent();
        event.projectId = projectId;
        event.entity = entity;
        event.entityId = entityId;
        event.action = action;
        event.actor = actor;
        event.at = clock.instant();
        event.details = new LinkedHashMap<>(details);
        event.persist();
    }

    /** Audit events of several projects in one query, newest last, grouped by project. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Map<UUID, List<AuditEvent>> forProjects(Collection<UUID> projectIds) {
        if (projectIds.isEmpty()) {
            return Map.of();
        }
        List<AuditEvent> events = AuditEvent.list("projectId in ?1 order by id", projectIds);
        return events.stream().collect(Collectors.groupingBy(e -> e.projectId));
    }

    /**
     * One keyset page (by id, after {@code afterId}) of the audit trail of one project, or of every project whose
     * region code starts with {@code regionPrefix}, recorded in [{@code from}, {@code to}). Callers check scope.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<AuditEvent> page(UUID projectId, String regionPrefix, Instant from, Instant to, long afterId, int limit) {
        if (projectId != null) {
            return AuditEvent.find("projectId = ?1 and id > ?2 order by id", projectId, afterId).page(0, limit).list();
        }
        return AuditEvent.getEntityManager().createNativeQuery("""
                select e.* from audit_event e join project p on p.id = e.project_id
                 where p.region_code like :region and e.at >= :from and e.at < :to and e.id > :after
                 order by e.id limit :limit""", AuditEvent.class)
                .setParameter("region", regionPrefix + "%").setParameter("from", from).setParameter("to", to)
                .setParameter("after", afterId).setParameter("limit", limit).getResultList();
    }
}
