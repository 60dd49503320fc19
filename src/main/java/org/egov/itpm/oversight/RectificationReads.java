package org.egov.itpm.oversight;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.egov.itpm.project.ProjectScope;

/** Reading orders, their history and escalations, many at once (one statement per kind of row). */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class RectificationReads {

    @Inject
    EntityManager em;
    @Inject
    ProjectScope scope;

    /** An order already checked to be in scope (as by a step just taken on it). */
    RectificationOrder order(UUID id) {
        return em.find(RectificationOrder.class, id);
    }

    public Map<UUID, List<RectificationOrder>> byProjects(Collection<UUID> projectIds) {
        return projectIds.isEmpty() ? Map.of() : em.createQuery("select o from RectificationOrder o"
                        + " where o.projectId in :ids order by o.issuedOn, o.createdAt", RectificationOrder.class)
                .setParameter("ids", projectIds).getResultList().stream()
                .collect(Collectors.groupingBy(o -> o.projectId, LinkedHashMap::new, Collectors.toList()));
    }

    public Map<UUID, List<RectificationStep>> stepsOf(Collection<UUID> orderIds) {
        return orderIds.isEmpty() ? Map.of() : em.createQuery("select distinct s from RectificationStep s"
                        + " left join fetch s.documentIds where s.orderId in :ids order by s.seq", RectificationStep.class)
                .setParameter("ids", orderIds).getResultList().stream()
                .collect(Collectors.groupingBy(s -> s.orderId, LinkedHashMap::new, Collectors.toList()));
    }

    /** Orders of projects in the caller's scope, most urgent first (open before closed, then by due date). */
    public List<RectificationOrder> search(OrderFilter filter, int limit) {
        ProjectScope.Clause clause = scope.clause();
        StringBuilder jpql = new StringBuilder("select o from RectificationOrder o, Project p where p.id = o.projectId"
                + " and ").append(clause.jpql());
        Map<String, Object> params = new HashMap<>(clause.params());
        if (filter != null) {
            if (filter.state != null) {
                jpql.append(" and o.state = :state");
                params.put("state", filter.state);
            }
            if (filter.kind != null) {
                jpql.append(" and o.kind = :kind");
                params.put("kind", filter.kind);
            }
            if (Boolean.TRUE.equals(filter.open)) {
                jpql.append(" and o.state <> org.egov.itpm.oversight.RectificationOrder.State.ACCEPTED");
            }
            if (Boolean.FALSE.equals(filter.open)) {
                jpql.append(" and o.state = org.egov.itpm.oversight.RectificationOrder.State.ACCEPTED");
            }
            if (filter.projectId != null) {
                jpql.append(" and o.projectId = :projectId");
                params.put("projectId", org.egov.itpm.common.Ids.parse("filter.projectId", filter.projectId));
            }
        }
        var query = em.createQuery(jpql.append(" order by o.dueOn nulls last, o.createdAt, o.id").toString(),
                RectificationOrder.class);
        params.forEach(query::setParameter);
        return query.setMaxResults(limit).getResultList();
    }
}
