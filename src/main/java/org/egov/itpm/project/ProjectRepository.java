package org.egov.itpm.project;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.TypedQuery;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.egov.itpm.security.ProjectCondition;

/** Projects, always read through a scope clause so nothing outside the caller's scope is ever loaded. */
@ApplicationScoped
public class ProjectRepository implements PanacheRepositoryBase<Project, UUID> {

    /** Ids bound in one statement at most, far below PostgreSQL's 65,535 parameters. */
    private static final int ID_SLICE = 10_000;

    List<Project> page(ProjectQuery query, ProjectOrder order, int limit) {
        TypedQuery<Project> q = getEntityManager().createQuery(
                "select p from Project p" + query.whereClause() + ProjectQuery.orderBy(order), Project.class);
        bind(q, query.params());
        return q.setMaxResults(limit).getResultList();
    }

    long count(ProjectQuery query) {
        TypedQuery<Long> q = getEntityManager().createQuery(
                "select count(p) from Project p" + query.whereClause(), Long.class);
        bind(q, query.params());
        return q.getSingleResult();
    }

    Optional<Project> findInScope(UUID id, ProjectQuery scope) {
        String where = scope.whereClause();
        TypedQuery<Project> q = getEntityManager().createQuery(
                "select p from Project p where p.id = :id" + (where.isEmpty() ? "" : " and " + where.substring(7)),
                Project.class);
        bind(q, scope.params());
        q.setParameter("id", id);
        return q.getResultList().stream().findFirst();
    }

    /** Which of {@code ids} (a page's, bounded) satisfy the condition. */
    java.util.Set<UUID> satisfying(Collection<UUID> ids, ProjectCondition condition) {
        if (ids.isEmpty()) {
            return java.util.Set.of();
        }
        TypedQuery<UUID> q = getEntityManager().createQuery("select p.id from Project p where p.id in :ids and "
                + condition.jpql(), UUID.class);
        bind(q, condition.params());
        return new java.util.HashSet<>(q.setParameter("ids", ids).getResultList());
    }

    /**
     * Projects by id. Callers pass a page's ids; a caller listing everything of a person (myEngagements of an expert
     * on thousands of panels) may pass more than a statement can bind (65,535), so a long list goes in slices.
     */
    List<Project> byIds(Collection<UUID> ids) {
        if (ids.size() <= ID_SLICE) {
            return ids.isEmpty() ? List.of() : list("id in ?1", ids);
        }
        List<UUID> all = List.copyOf(ids);
        List<Project> out = new java.util.ArrayList<>(all.size());
        for (int from = 0; from < all.size(); from += ID_SLICE) {
            out.addAll(list("id in ?1", all.subList(from, Math.min(all.size(), from + ID_SLICE))));
        }
        return out;
    }

    List<Project> phasesOf(Collection<UUID> parentIds) {
        return parentIds.isEmpty() ? List.of() : list("parentProjectId in ?1 order by phaseNo", parentIds);
    }

    /** Approved participants only: a pending one has no access and is not shown as taking part. */
    List<ProjectParticipant> participantsOf(Collection<UUID> projectIds) {
        return projectIds.isEmpty() ? List.of()
                : getEntityManager().createQuery("select pp from ProjectParticipant pp where pp.projectId in :ids"
                        + " and pp.status = :approved", ProjectParticipant.class).setParameter("ids", projectIds)
                .setParameter("approved", ParticipantStatus.APPROVED).getResultList();
    }

    List<ProjectParticipant> allParticipantsOf(Collection<UUID> projectIds) {
        return projectIds.isEmpty() ? List.of()
                : getEntityManager().createQuery("select pp from ProjectParticipant pp where pp.projectId in :ids",
                        ProjectParticipant.class).setParameter("ids", projectIds).getResultList();
    }

    List<StageTransition> historyOf(Collection<UUID> projectIds) {
        return projectIds.isEmpty() ? List.of()
                : getEntityManager().createQuery("select distinct t from StageTransition t left join fetch t.documentIds"
                        + " where t.projectId in :ids order by t.seq, t.id", StageTransition.class)
                .setParameter("ids", projectIds).getResultList();
    }

    int nextSeq(UUID projectId) {
        Integer max = getEntityManager().createQuery(
                "select max(t.seq) from StageTransition t where t.projectId = :id", Integer.class)
                .setParameter("id", projectId).getSingleResult();
        return max == null ? 1 : max + 1;
    }

    /** A database sequence, so concurrent creates never collide on the local code. */
    long nextLocalNumber() {
        return ((Number) getEntityManager().createNativeQuery("select nextval('project_local_code_seq')")
                .getSingleResult()).longValue();
    }

    private static void bind(TypedQuery<?> q, Map<String, Object> params) {
        params.forEach(q::setParameter);
    }
}
