package org.egov.itpm.project;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.egov.itpm.audit.AuditService;
import org.egov.itpm.common.BusinessClock;
import org.egov.itpm.common.ForbiddenActionException;
import org.egov.itpm.common.InvalidInputException;
import org.egov.itpm.common.NotFoundException;
import org.egov.itpm.common.Text;
import org.egov.itpm.organisation.Organisation;
import org.egov.itpm.organisation.OrganisationService;
import org.egov.itpm.policy.pack.Pack;
import org.egov.itpm.security.CurrentUser;
import org.egov.itpm.security.RegionCodes;
import org.egov.itpm.security.Roles;

/**
 * Participating organisations (参建部门) and their explicit rights (issue #15 item 3). One of the project's
 * jurisdiction is approved when added; one from outside is PENDING until an authority of the jurisdiction approves it,
 * and has no access meanwhile.
 */
@ApplicationScoped
public class ProjectParticipants {

    static final int MAX_PARTICIPANTS = 50;

    private final ProjectRepository projects;
    private final ProjectScope scope;
    private final OrganisationService organisations;
    private final ProjectJudgements judgements;
    private final ProjectChanges changes;
    private final AuditService audit;
    private final CurrentUser user;
    private final BusinessClock clock;

    @Inject
    public ProjectParticipants(ProjectRepository projects, ProjectScope scope, OrganisationService organisations,
                               ProjectJudgements judgements, ProjectChanges changes, AuditService audit,
                               CurrentUser user, BusinessClock clock) {
        this.projects = projects;
        this.scope = scope;
        this.organisations = organisations;
        this.judgements = judgements;
        this.changes = changes;
        this.audit = audit;
        this.user = user;
        this.clock = clock;
    }

    /** The owner unit adds a participant or changes its rights; one from outside the jurisdiction stays PENDING. */
    @Transactional
    public ProjectParticipant set(UUID projectId, UUID organisationId, ParticipantRights rights) {
        Project p = inScope(projectId);
        requireOwner(p);
        ProjectParticipant pp = upsert(p, organisationId, rights == null ? ParticipantRights.CONTRIBUTE_DOCUMENTS
                : rights);
        audit.record(p.id, "ProjectParticipant", organisationId, "SET", user.username(),
                Map.of("rights", pp.rights.name(), "status", pp.status.name()));
        changes.changed(p, "PARTICIPANT", p.stage, p.stage);
        return pp;
    }

    /** An authority of the project's jurisdiction approves a PENDING participant; the unit itself cannot. */
    @Transactional
    public ProjectParticipant approve(UUID projectId, UUID organisationId) {
        Project p = inScope(projectId);
        ProjectParticipant pp = find(p.id, organisationId).orElseThrow(() ->
                new NotFoundException("participant", organisationId));
        if (!user.hasAnyRole(java.util.Set.of(Roles.AUTHORITY_REVIEWER, Roles.AUTHORITY_APPROVER))
                || !scope.current().coversRegion(p.regionCode)) {
            throw new ForbiddenActionException("PARTICIPANT_OUTSIDE_JURISDICTION", new Text(
                    "an organisation outside the project's jurisdiction gets access only when an authority of the"
                            + " jurisdiction approves it", "辖区外单位参与本项目，须经项目所在辖区主管部门批准后方可访问"));
        }
        pp.status = ParticipantStatus.APPROVED;
        pp.approvedBy = user.username();
        pp.approvedAt = clock.now();
        audit.record(p.id, "ProjectParticipant", organisationId, "APPROVE", user.username(), Map.of());
        changes.changed(p, "PARTICIPANT", p.stage, p.stage);
        return pp;
    }

    /** Every participant row (pending ones too) of the projects, for the participant list. */
    public Map<UUID, List<ProjectParticipant>> allOf(Collection<UUID> projectIds) {
        return projects.allParticipantsOf(projectIds).stream()
                .collect(java.util.stream.Collectors.groupingBy(pp -> pp.projectId));
    }

    /** Replaces the participant list of ProjectInput, keeping the status and rights of those that stay. */
    @Transactional(Transactional.TxType.MANDATORY)
    void replace(Project p, List<UUID> orgIds) {
        List<UUID> ids = orgIds == null ? List.of() : orgIds.stream().distinct().filter(o -> !o.equals(p.ownerOrgId))
                .toList();
        if (ids.size() > MAX_PARTICIPANTS) {
            throw InvalidInputException.of("participantOrganisationIds", "TOO_MANY", "at most " + MAX_PARTICIPANTS,
                    "最多" + MAX_PARTICIPANTS + "个");
        }
        Map<UUID, Organisation> found = organisations.byIds(ids);
        List<UUID> unknown = ids.stream().filter(o -> !found.containsKey(o)).toList();
        if (!unknown.isEmpty()) {
            throw InvalidInputException.of("participantOrganisationIds", "UNKNOWN_ORGANISATION",
                    "unknown organisation(s) " + unknown, "未登记的单位 " + unknown);
        }
        em().createQuery("delete from ProjectParticipant pp where pp.projectId = :id and pp.organisationId not in :keep")
                .setParameter("id", p.id).setParameter("keep", ids.isEmpty() ? List.of(p.ownerOrgId) : ids)
                .executeUpdate();
        for (UUID orgId : ids) {
            if (find(p.id, orgId).isEmpty()) {
                upsert(p, orgId, ParticipantRights.CONTRIBUTE_DOCUMENTS);
            }
        }
        p.crossDepartment = !ids.isEmpty();
    }

    /**
     * Refuses a write by a participant beyond its rights: READ writes nothing, CONTRIBUTE_DOCUMENTS only documents.
     * The owner, authorities and admins are not limited here.
     */
    void requireWriteRight(Project p, String what) {
        UUID org = scope.callerOrgId();
        if (org == null || org.equals(p.ownerOrgId) || scope.current().coversRegion(p.regionCode)) {
            return;
        }
        find(p.id, org).filter(pp -> pp.status == ParticipantStatus.APPROVED).ifPresent(pp -> {
            boolean allowed = pp.rights == ParticipantRights.EDIT
                    || pp.rights == ParticipantRights.CONTRIBUTE_DOCUMENTS && "DOCUMENT".equals(what);
            if (!allowed) {
                throw new ForbiddenActionException("PARTICIPANT_RIGHTS_INSUFFICIENT", new Text(
                        "your organisation takes part in this project with rights " + pp.rights,
                        "贵单位参与本项目的权限为 " + pp.rights + "，不能进行此操作"));
            }
        });
    }

    private ProjectParticipant upsert(Project p, UUID organisationId, ParticipantRights rights) {
        if (organisationId.equals(p.ownerOrgId)) {
            throw InvalidInputException.of("organisationId", "PARTICIPANT_IS_OWNER",
                    "the owner organisation is not a participant", "项目建设单位本身不是参建单位");
        }
        Organisation org = organisations.byId(organisationId).orElseThrow(() -> InvalidInputException.of(
                "organisationId", "UNKNOWN_ORGANISATION", "unknown organisation " + organisationId,
                "未登记的单位 " + organisationId));
        ProjectParticipant pp = find(p.id, organisationId).orElseGet(() -> {
            ProjectParticipant fresh = new ProjectParticipant();
            fresh.projectId = p.id;
            fresh.organisationId = organisationId;
            fresh.addedBy = user.username();
            fresh.addedAt = clock.now();
            fresh.status = inJurisdiction(p, org) ? ParticipantStatus.APPROVED : ParticipantStatus.PENDING;
            em().persist(fresh);
            return fresh;
        });
        pp.rights = rights;
        p.crossDepartment = true;
        return pp;
    }

    /** The jurisdiction is the bound pack's region (e.g. Jiangxi 36…), before 申报 the project's own region. */
    boolean inJurisdiction(Project p, Organisation org) {
        Pack pack = p.policyPackId == null ? null : judgements.bindingOf(p).pack();
        String jurisdiction = pack != null && RegionCodes.isValid(pack.regionCode()) ? pack.regionCode() : p.regionCode;
        return RegionCodes.contains(jurisdiction, org.regionCode);
    }

    private void requireOwner(Project p) {
        UUID org = scope.callerOrgId();
        if (org == null || !org.equals(p.ownerOrgId)) {
            throw new ForbiddenActionException("NOT_PROJECT_OWNER", new Text(
                    "only the project's own unit manages its participants", "仅项目建设单位可管理参建单位"));
        }
    }

    private Project inScope(UUID projectId) {
        return projects.findInScope(projectId, scope.query()).orElseThrow(() ->
                new NotFoundException("project", projectId));
    }

    private java.util.Optional<ProjectParticipant> find(UUID projectId, UUID organisationId) {
        return em().createQuery("select pp from ProjectParticipant pp where pp.projectId = :p and pp.organisationId = :o",
                        ProjectParticipant.class).setParameter("p", projectId).setParameter("o", organisationId)
                .getResultList().stream().findFirst();
    }

    private EntityManager em() {
        return projects.getEntityManager();
    }
}
