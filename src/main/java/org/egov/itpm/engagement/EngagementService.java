package org.egov.itpm.engagement;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.egov.itpm.audit.AuditService;
import org.egov.itpm.common.BusinessClock;
import org.egov.itpm.common.ConflictException;
import org.egov.itpm.common.ForbiddenActionException;
import org.egov.itpm.common.InvalidInputException;
import org.egov.itpm.common.NotFoundException;
import org.egov.itpm.common.Text;
import org.egov.itpm.contract.ContractService;
import org.egov.itpm.organisation.OrganisationService;
import org.egov.itpm.policy.ContractKind;
import org.egov.itpm.project.Project;
import org.egov.itpm.project.ProjectChanges;
import org.egov.itpm.project.ProjectParticipants;
import org.egov.itpm.project.ProjectService;
import org.egov.itpm.project.StageTransition;
import org.egov.itpm.review.ReviewService;
import org.egov.itpm.security.CurrentUser;
import org.egov.itpm.security.EngageablePeople;
import org.egov.itpm.security.Roles;

/**
 * Recording and ending engagements, and listing them with the derived ones (review panels, signed contracts,
 * participants). Who records which kind is checked here: SUPERVISION the project's own unit or an authority of its
 * jurisdiction, EVALUATION an authority or the NDRC of its jurisdiction.
 */
@ApplicationScoped
public class EngagementService {

    static final int MAX_USERNAME = 100;
    static final int MAX_NOTE = 500;
    private static final Set<String> AUTHORITIES = Set.of(Roles.AUTHORITY_REVIEWER, Roles.AUTHORITY_APPROVER);

    @Inject
    EntityManager em;
    @Inject
    ProjectService projects;
    @Inject
    ProjectChanges changes;
    @Inject
    ProjectParticipants participants;
    @Inject
    ReviewService reviews;
    @Inject
    ContractService contracts;
    @Inject
    OrganisationService organisations;
    @Inject
    EngageablePeople people;
    @Inject
    CurrentUser user;
    @Inject
    BusinessClock clock;
    @Inject
    AuditService audit;

    @Transactional
    public Engagement record(UUID projectId, EngagementInput in) {
        Project p = projects.get(projectId);
        requireRecorder(p, in.kind);
        requireSubject(in, p);
        LocalDate from = clock.actDate(in.validFrom, "input.validFrom");
        requireWithinProject(p, from, in.validTo);
        String note = in.note == null ? null : in.note.strip();
        if (note != null && note.length() > MAX_NOTE) {
            throw tooLong("input.note", MAX_NOTE);
        }
        boolean duplicate = explicitOf(p.id).stream().anyMatch(e -> e.kind == in.kind
                && java.util.Objects.equals(e.username, in.username)
                && java.util.Objects.equals(e.organisationId, in.organisationId)
                && EngagementPeriod.overlap(e.validFrom, e.validTo, from, in.validTo));
        if (duplicate) {
            throw new ConflictException("ENGAGEMENT_DUPLICATE", new Text(
                    "this " + in.kind + " engagement is already recorded for an overlapping period",
                    "该" + in.kind + "参与记录已存在，期间重叠"));
        }
        Engagement e = new Engagement();
        e.id = UUID.randomUUID();
        e.projectId = p.id;
        e.kind = in.kind;
        e.username = in.username;
        e.organisationId = in.organisationId;
        e.validFrom = from;
        e.validTo = in.validTo;
        e.note = note;
        e.recordedBy = user.username();
        e.recordedAt = clock.now();
        em.persist(e);
        audit.record(p.id, "Engagement", e.id, "RECORD", user.username(), Map.of("kind", e.kind.name(),
                "subject", String.valueOf(e.username != null ? e.username : e.organisationId), "from", from.toString()));
        changes.changed(p, "ENGAGEMENT", p.stage, p.stage);
        return e;
    }

    /** Ends a recorded engagement on the legal date {@code on} (default today): read-only from the day after. */
    @Transactional
    public Engagement end(UUID engagementId, LocalDate on) {
        Engagement e = em.find(Engagement.class, engagementId);
        if (e == null) {
            throw new NotFoundException("engagement", engagementId);
        }
        Project p = projects.get(e.projectId);
        requireRecorder(p, e.kind);
        LocalDate end = clock.actDate(on, "on");
        if (e.validTo != null && !e.validTo.isAfter(end)) {
            throw new ConflictException("ENGAGEMENT_ALREADY_ENDED", new Text("this engagement already ends on "
                    + e.validTo, "该参与记录已于 " + e.validTo + " 结束"));
        }
        requireWithinProject(p, e.validFrom, end);
        e.validTo = end;
        e.endedBy = user.username();
        e.endedAt = clock.now();
        audit.record(p.id, "Engagement", e.id, "END", user.username(), Map.of("on", end.toString()));
        changes.changed(p, "ENGAGEMENT", p.stage, p.stage);
        return e;
    }

    /** Every engagement on a project the caller sees: recorded and derived, oldest first. */
    public List<EngagementView> ofProject(UUID projectId) {
        Project p = projects.get(projectId);
        LocalDate today = clock.today();
        List<EngagementView> out = new ArrayList<>();
        explicitOf(p.id).forEach(e -> out.add(EngagementView.of(e, p.name, today)));
        reviews.byProjects(List.of(p.id)).getOrDefault(p.id, List.of()).forEach(r -> r.engagingSeats().forEach(m -> out.add(
                new EngagementView(r.id, p.id, p.name, EngagementKind.PANEL_SEAT, EngagementSource.REVIEW_PANEL,
                        m.username, null, null, LocalDate.ofInstant(r.openedAt, org.egov.itpm.common.ClockProducer.CHINA),
                        r.concludedOn, r.isOpen() ? EngagementPeriod.ACTIVE : EngagementPeriod.ENDED, null,
                        r.openedBy))));
        for (ContractKind kind : List.of(ContractKind.SUPERVISION, ContractKind.EVALUATION)) {
            contracts.signedOf(List.of(p.id), kind).forEach(c -> out.add(fromContract(c, p.name, today)));
        }
        participants.allOf(List.of(p.id)).getOrDefault(p.id, List.of()).forEach(pp -> out.add(new EngagementView(null,
                p.id, p.name, EngagementKind.PARTICIPATION, EngagementSource.PARTICIPANT, null, pp.organisationId, null,
                null, null, pp.status == org.egov.itpm.project.ParticipantStatus.APPROVED ? EngagementPeriod.ACTIVE
                : EngagementPeriod.NOT_STARTED, pp.status + " " + pp.rights, pp.addedBy)));
        out.sort(Comparator.comparing(EngagementView::validFrom, Comparator.nullsLast(Comparator.naturalOrder())));
        return out;
    }

    /**
     * The caller's own engagements (expert, supervisor, evaluator), on every project: the newest {@code first} by
     * validFrom, of {@code period} today when given. Each source is read newest first and at most {@code first}
     * rows, so the work stays bounded however long a person's or a supplier's history is.
     */
    public List<EngagementView> mine(EngagementPeriod period, int first) {
        LocalDate today = clock.today();
        List<EngagementView> out = new ArrayList<>();
        String me = user.username();
        UUID orgId = orgId(user.orgCode());
        if (user.hasRole(Roles.EXPERT) && period != EngagementPeriod.NOT_STARTED) {
            Boolean open = period == null ? null : period == EngagementPeriod.ACTIVE;
            reviews.seatsOf(me, open, first).forEach(s -> out.add(new EngagementView(s.reviewId(), s.projectId(), null,
                    EngagementKind.PANEL_SEAT, EngagementSource.REVIEW_PANEL, me, null, null, s.openedOn(),
                    s.concludedOn(), s.open() ? EngagementPeriod.ACTIVE : EngagementPeriod.ENDED, null, null)));
        }
        for (var kind : List.of(EngagementKind.SUPERVISION, EngagementKind.EVALUATION)) {
            if (!user.hasRole(roleFor(kind))) {
                continue;
            }
            explicitFor(kind, me, orgId, period, today, first).forEach(e -> out.add(EngagementView.of(e, null, today)));
            if (user.orgCode() != null && period != EngagementPeriod.ENDED) {
                // a contract engagement has no end: it is NOT_STARTED before its signing date, then ACTIVE
                Boolean signedBy = period == null ? null : period == EngagementPeriod.ACTIVE;
                contracts.signedWithSupplier(user.orgCode(), contractKind(kind), today, signedBy, first)
                        .forEach(c -> out.add(fromContract(c, null, today)));
            }
        }
        List<EngagementView> page = out.stream().sorted(NEWEST_FIRST).limit(first).toList();
        Map<UUID, Project> names = projects.byIds(page.stream().map(EngagementView::projectId).distinct().toList());
        return page.stream().map(v -> new EngagementView(v.id(), v.projectId(), names.get(v.projectId()).name, v.kind(),
                v.source(), v.username(), v.organisationId(), v.creditCode(), v.validFrom(), v.validTo(), v.period(),
                v.note(), v.recordedBy())).toList();
    }

    private static final Comparator<EngagementView> NEWEST_FIRST = Comparator
            .comparing(EngagementView::validFrom, Comparator.nullsLast(Comparator.reverseOrder()))
            .thenComparing(EngagementView::kind)
            .thenComparing(v -> String.valueOf(v.id()), Comparator.reverseOrder());

    /**
     * The newest {@code limit} recorded engagements of {@code kind} naming the person or its organisation, of
     * {@code period} on {@code today} when given (unscoped: the scope reads it).
     */
    List<Engagement> explicitFor(EngagementKind kind, String username, UUID orgId, EngagementPeriod period,
                                 LocalDate today, int limit) {
        String started = "(e.validFrom is null or e.validFrom <= :today)";
        String when = period == null ? "" : switch (period) {
            case NOT_STARTED -> " and e.validFrom > :today";
            case ACTIVE -> " and " + started + " and (e.validTo is null or e.validTo >= :today)";
            case ENDED -> " and " + started + " and e.validTo < :today";
        };
        var query = em.createQuery("select e from Engagement e where e.kind = :k and (e.username = :u or"
                        + " e.organisationId = :o)" + when + " order by e.validFrom desc nulls last, e.id desc",
                        Engagement.class).setParameter("k", kind).setParameter("u", username)
                .setParameter("o", orgId == null ? new UUID(0, 0) : orgId).setMaxResults(limit);
        if (period != null) {
            query.setParameter("today", today);
        }
        return query.getResultList();
    }

    UUID orgId(String creditCode) {
        return creditCode == null ? null : organisations.byCreditCode(creditCode).map(o -> o.id).orElse(null);
    }

    static String roleFor(EngagementKind kind) {
        return kind == EngagementKind.SUPERVISION ? Roles.SUPERVISOR : Roles.EVALUATOR;
    }

    static ContractKind contractKind(EngagementKind kind) {
        return kind == EngagementKind.SUPERVISION ? ContractKind.SUPERVISION : ContractKind.EVALUATION;
    }

    private List<Engagement> explicitOf(UUID projectId) {
        return em.createQuery("select e from Engagement e where e.projectId = :p order by e.validFrom, e.recordedAt",
                Engagement.class).setParameter("p", projectId).getResultList();
    }

    private static EngagementView fromContract(ContractService.SupplierEngagement c, String projectName,
                                               LocalDate today) {
        EngagementKind kind = c.kind() == ContractKind.SUPERVISION ? EngagementKind.SUPERVISION
                : EngagementKind.EVALUATION;
        return new EngagementView(c.contractId(), c.projectId(), projectName, kind, EngagementSource.CONTRACT, null,
                null, c.supplierCreditCode(), c.signedOn(), null, EngagementPeriod.on(today, c.signedOn(), null), null,
                null);
    }

    private void requireRecorder(Project p, EngagementKind kind) {
        if (kind == EngagementKind.PANEL_SEAT || kind == EngagementKind.PARTICIPATION) {
            throw InvalidInputException.of("input.kind", "ENGAGEMENT_KIND_DERIVED", kind + " engagements come from the"
                    + " review panels and the participants, they are not recorded", kind + " 由评审专家组和参建单位产生，不能直接登记");
        }
        boolean authority = user.hasAnyRole(AUTHORITY_OR_NDRC.get(kind)) && user.scope().coversRegion(p.regionCode);
        boolean ownUnit = kind == EngagementKind.SUPERVISION && user.hasAnyRole(Roles.UNIT_ROLES)
                && p.ownerOrgId.equals(orgId(user.orgCode()));
        if (!authority && !ownUnit) {
            throw new ForbiddenActionException("ENGAGEMENT_NOT_ALLOWED_FOR_ROLE", new Text(kind == EngagementKind.SUPERVISION
                    ? "a supervision engagement is recorded by the project's unit or an authority of its jurisdiction"
                    : "an evaluation engagement is recorded by an authority or the NDRC of the project's jurisdiction",
                    kind == EngagementKind.SUPERVISION ? "监理参与由项目建设单位或项目所在辖区主管部门登记"
                            : "第三方评估参与由项目所在辖区主管部门或发展改革部门登记"));
        }
    }

    private static final Map<EngagementKind, Set<String>> AUTHORITY_OR_NDRC = Map.of(
            EngagementKind.SUPERVISION, AUTHORITIES,
            EngagementKind.EVALUATION, Set.of(Roles.AUTHORITY_REVIEWER, Roles.AUTHORITY_APPROVER, Roles.NDRC_APPROVER));

    private void requireSubject(EngagementInput in, Project p) {
        if ((in.username == null) == (in.organisationId == null)) {
            throw InvalidInputException.of("input.username", "ENGAGEMENT_SUBJECT_REQUIRED",
                    "give exactly one of username and organisationId", "须且仅须填写 username 或 organisationId 之一");
        }
        if (in.username != null) {
            if (in.username.length() > MAX_USERNAME) {
                throw tooLong("input.username", MAX_USERNAME);
            }
            if (!people.holds(in.username, roleFor(in.kind))) {
                throw InvalidInputException.of("input.username", "UNKNOWN_PERSON", "no user " + in.username
                        + " with role " + roleFor(in.kind), "不存在角色为 " + roleFor(in.kind) + " 的用户 " + in.username);
            }
        } else if (organisations.byId(in.organisationId).isEmpty() || in.organisationId.equals(p.ownerOrgId)) {
            throw InvalidInputException.of("input.organisationId", "UNKNOWN_ORGANISATION", "unknown organisation "
                    + in.organisationId, "未登记的单位 " + in.organisationId);
        }
    }

    /** Not before the project's first act, not after it closed, and not ending before it starts. */
    private void requireWithinProject(Project p, LocalDate from, LocalDate to) {
        List<StageTransition> history = projects.historyOf(List.of(p.id)).getOrDefault(p.id, List.of());
        LocalDate first = history.stream().map(t -> t.effectiveOn).min(Comparator.naturalOrder()).orElse(from);
        LocalDate closed = p.stage.isClosed() ? history.stream().filter(t -> t.toStage == p.stage)
                .map(t -> t.effectiveOn).max(Comparator.naturalOrder()).orElse(null) : null;
        boolean inside = !from.isBefore(first) && (closed == null || !from.isAfter(closed))
                && (to == null || !to.isBefore(from) && (closed == null || !to.isAfter(closed)));
        if (!inside) {
            throw InvalidInputException.of(to != null && !to.isBefore(from) ? "input.validFrom" : "input.validTo",
                    "ENGAGEMENT_OUTSIDE_PROJECT_DATES", "the engagement's period " + from + " – " + (to == null ? "open"
                            : to) + " must lie within the project's dates (first act " + first
                            + (closed == null ? "" : ", closed " + closed) + ") and end after it starts",
                    "参与期间 " + from + " 至 " + (to == null ? "未定" : to) + " 须在项目期间内（首个行为日期 " + first
                            + (closed == null ? "" : "，关闭日期 " + closed) + "），且结束日不得早于开始日");
        }
    }

    private static InvalidInputException tooLong(String field, int max) {
        return InvalidInputException.of(field, "TOO_LONG", "at most " + max + " characters",
                "最多" + max + "个字符");
    }
}
