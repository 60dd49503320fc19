package org.egov.itpm.review;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.egov.itpm.security.ProjectCondition;

/** Reviews and their opinions. */
@ApplicationScoped
public class ReviewRepository implements PanacheRepositoryBase<Review, UUID> {

    List<Review> byProjects(Collection<UUID> projectIds) {
        return projectIds.isEmpty() ? List.of()
                : getEntityManager().createQuery("select distinct r from Review r left join fetch r.panel"
                        + " where r.projectId in :ids order by r.openedAt, r.round, r.id", Review.class)
                .setParameter("ids", projectIds).getResultList();
    }

    List<ExpertOpinion> opinionsOf(Collection<UUID> reviewIds) {
        return reviewIds.isEmpty() ? List.of()
                : getEntityManager().createQuery("select o from ExpertOpinion o where o.reviewId in :ids"
                        + " order by o.signedAt, o.id", ExpertOpinion.class).setParameter("ids", reviewIds).getResultList();
    }

    List<Review> byChanges(Collection<UUID> changeIds) {
        return changeIds.isEmpty() ? List.of()
                : getEntityManager().createQuery("select distinct r from Review r left join fetch r.panel"
                        + " where r.changeRequestId in :ids order by r.openedAt, r.round", Review.class)
                .setParameter("ids", changeIds).getResultList();
    }

    /** The next round number: per project and type, and per change request for a change's rounds. */
    int nextRound(UUID projectId, Object type, UUID changeId) {
        var query = getEntityManager().createQuery("select max(r.round) from Review r where r.projectId = :p"
                        + " and r.type = :t and " + (changeId == null ? "r.changeRequestId is null"
                        : "r.changeRequestId = :c"), Integer.class)
                .setParameter("p", projectId).setParameter("t", type);
        Integer max = (changeId == null ? query : query.setParameter("c", changeId)).getSingleResult();
        return max == null ? 1 : max + 1;
    }

    boolean hasOpen(UUID projectId, Object type, UUID changeId) {
        return changeId == null
                ? count("projectId = ?1 and type = ?2 and status = ?3 and changeRequestId is null", projectId, type,
                ReviewStatus.OPEN) > 0
                : count("changeRequestId = ?1 and status = ?2", changeId, ReviewStatus.OPEN) > 0;
    }

    boolean sitsOnPanel(UUID projectId, String username) {
        return getEntityManager().createQuery("select count(r) from Review r join r.panel m where r.projectId = :p"
                + " and m.username = :u and m.state in :seated", Long.class).setParameter("p", projectId)
                .setParameter("u", username).setParameter("seated", List.of(SeatState.APPOINTED, SeatState.ACCEPTED))
                .getSingleResult() > 0;
    }

    /** Usernames seated (APPOINTED or ACCEPTED) on rounds opened at or after {@code since} of the projects. */
    java.util.Set<String> seatedSince(ProjectCondition projects, java.time.Instant since) {
        var q = getEntityManager().createQuery("select distinct m.username from Review r join r.panel m"
                + " where r.projectId in (select p.id from Project p where " + projects.jpql() + ")"
                + " and r.openedAt >= :since and m.state in :seated", String.class);
        projects.params().forEach(q::setParameter);
        return new java.util.HashSet<>(q.setParameter("since", since)
                .setParameter("seated", List.of(SeatState.APPOINTED, SeatState.ACCEPTED)).getResultList());
    }

    List<PanelDrawRecord> drawsOf(Collection<UUID> reviewIds) {
        return reviewIds.isEmpty() ? List.of()
                : getEntityManager().createQuery("select d from PanelDrawRecord d where d.reviewId in :ids"
                        + " order by d.drawNo", PanelDrawRecord.class).setParameter("ids", reviewIds).getResultList();
    }

    java.util.Optional<PanelDrawRecord> draw(UUID drawId) {
        return java.util.Optional.ofNullable(getEntityManager().find(PanelDrawRecord.class, drawId));
    }

    void persistDraw(PanelDrawRecord draw) {
        getEntityManager().persist(draw);
    }

    java.util.Set<String> conflictedExperts(UUID projectId) {
        return new java.util.HashSet<>(getEntityManager().createQuery("select c.expert from ExpertConflict c"
                + " where c.projectId = :p", String.class).setParameter("p", projectId).getResultList());
    }

    boolean hasConflict(UUID projectId, String expert) {
        return conflictedExperts(projectId).contains(expert);
    }

    void persistConflict(ExpertConflict conflict) {
        getEntityManager().persist(conflict);
    }

    /**
     * Every round {@code username} has a seat on: (review id, project id, opened at, concluded on, open?). A DECLINED
     * seat is no engagement; an INVITED one is (the drawn expert reads the project to answer).
     */
    /** The newest {@code limit} seats of {@code username}; {@code open} null: any round, else open or concluded ones. */
    List<Object[]> seatsOf(String username, Boolean open, int limit) {
        String status = open == null ? "" : open ? " and r.status = :open" : " and r.status <> :open";
        var query = getEntityManager().createQuery("select r.id, r.projectId, r.openedAt, r.concludedOn, r.status"
                + " from Review r join r.panel m where m.username = :u and m.state <> :declined" + status
                + " order by r.openedAt desc, r.id desc", Object[].class)
                .setParameter("u", username).setParameter("declined", SeatState.DECLINED).setMaxResults(limit);
        if (open != null) {
            query.setParameter("open", ReviewStatus.OPEN);
        }
        return query.getResultList();
    }

    void persistOpinion(ExpertOpinion opinion) {
        getEntityManager().persist(opinion);
    }

    boolean hasOpinion(UUID reviewId, String expert) {
        return getEntityManager().createQuery("select count(o) from ExpertOpinion o where o.reviewId = :r"
                + " and o.expert = :e", Long.class).setParameter("r", reviewId).setParameter("e", expert)
                .getSingleResult() > 0;
    }
}
