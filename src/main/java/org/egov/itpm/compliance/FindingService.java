package org.egov.itpm.compliance;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.egov.itpm.policy.rules.Finding;
import org.egov.itpm.project.ProjectChanged;

/** Keeps the stored findings in step with what the policy reports now: raise new ones, resolve cured ones. */
@ApplicationScoped
public class FindingService {

    /** Counts of one synchronisation. */
    public record SyncResult(int projects, int raised, int resolved) {
    }

    /** The code of a finding an oversight role raised by hand (the policy reports it until it is accepted). */
    static final String MANUAL_FINDING = "MANUAL_FINDING";

    @Inject
    EntityManager em;
    @Inject
    ComplianceService compliance;
    @Inject
    Clock clock;

    /** Re-evaluates a project after every committed change to it (its own transaction). */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    void afterChange(@Observes(during = TransactionPhase.AFTER_SUCCESS) ProjectChanged event) {
        sync(List.of(event.projectId()));
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public SyncResult sync(Collection<UUID> projectIds) {
        if (projectIds.isEmpty()) {
            return new SyncResult(0, 0, 0);
        }
        Map<UUID, ComplianceService.Assessment> assessments = compliance.compute(projectIds);
        Map<UUID, Map<String, StoredFinding>> open = openFindings(projectIds);
        int raised = 0;
        int resolved = 0;
        for (UUID projectId : projectIds) {
            Map<String, StoredFinding> stored = open.getOrDefault(projectId, Map.of());
            ComplianceService.Assessment a = assessments.get(projectId);
            Map<String, Finding> current = a == null ? Map.of() : a.findings().stream()
                    .collect(Collectors.toMap(Finding::key, f -> f, (x, y) -> x, LinkedHashMap::new));
            for (Finding f : current.values()) {
                if (!stored.containsKey(f.key())) {
                    em.persist(toStored(projectId, f));
                    raised++;
                }
            }
            for (StoredFinding s : stored.values()) {
                if (!current.containsKey(s.key)) {
                    s.resolvedAt = clock.instant();
                    resolved++;
                }
            }
        }
        return new SyncResult(projectIds.size(), raised, resolved);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Map<UUID, List<StoredFinding>> byProjects(Collection<UUID> projectIds) {
        return projectIds.isEmpty() ? Map.of() : em.createQuery("select f from StoredFinding f where f.projectId in :ids"
                        + " order by f.raisedAt, f.id", StoredFinding.class).setParameter("ids", projectIds).getResultList().stream()
                .collect(Collectors.groupingBy(f -> f.projectId, LinkedHashMap::new, Collectors.toList()));
    }

    /** Findings of projects in the caller's scope, newest first, at most {@code limit}. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<StoredFinding> search(org.egov.itpm.project.ProjectScope.Clause scope, FindingFilter filter,
                                      int limit) {
        StringBuilder jpql = new StringBuilder("select f from StoredFinding f, Project p where p.id = f.projectId and ")
                .append(scope.jpql());
        Map<String, Object> params = new HashMap<>(scope.params());
        if (filter != null) {
            if (filter.open != null) {
                jpql.append(filter.open ? " and f.resolvedAt is null" : " and f.resolvedAt is not null");
            }
            if (filter.severity != null) {
                jpql.append(" and f.severity = :severity");
                params.put("severity", filter.severity);
            }
            if (filter.code != null) {
                jpql.append(" and f.code = :code");
                params.put("code", filter.code);
            }
            if (filter.packId != null) {
                jpql.append(" and f.packId = :packId");
                params.put("packId", filter.packId);
            }
        }
        var query = em.createQuery(jpql.append(" order by f.raisedAt desc, f.id").toString(), StoredFinding.class);
        params.forEach(query::setParameter);
        return query.setMaxResults(limit).getResultList();
    }

    private Map<UUID, Map<String, StoredFinding>> openFindings(Collection<UUID> projectIds) {
        Map<UUID, Map<String, StoredFinding>> open = new HashMap<>();
        em.createQuery("select f from StoredFinding f where f.projectId in :ids and f.resolvedAt is null",
                        StoredFinding.class).setParameter("ids", projectIds).getResultList().stream()
                .forEach(f -> open.computeIfAbsent(f.projectId, k -> new HashMap<>()).put(f.key, f));
        return open;
    }

    private StoredFinding toStored(UUID projectId, Finding f) {
        StoredFinding s = new StoredFinding();
        s.id = UUID.randomUUID();
        s.projectId = projectId;
        s.key = f.key();
        s.code = f.code();
        s.severity = f.severity();
        if (f.cite() != null) {
            s.packId = f.cite().packId();
            s.article = f.cite().article();
            s.quote = f.cite().quote();
        }
        s.messageEn = f.messageEn();
        s.messageZh = f.messageZh();
        s.facts = new HashMap<>(f.facts());
        s.raisedAt = clock.instant();
        if (MANUAL_FINDING.equals(f.code())) {
            s.origin = "MANUAL";
            s.raisedBy = f.facts().get("raisedBy");
        }
        return s;
    }
}
