package org.egov.itpm.project;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.egov.itpm.audit.AuditService;
import org.egov.itpm.common.ClockProducer;
import org.egov.itpm.common.ConflictException;
import org.egov.itpm.common.ForbiddenActionException;
import org.egov.itpm.common.InvalidInputException;
import org.egov.itpm.common.Money;
import org.egov.itpm.common.NotFoundException;
import org.egov.itpm.common.Text;
import org.egov.itpm.organisation.Organisation;
import org.egov.itpm.organisation.OrganisationService;
import org.egov.itpm.policy.Stage;
import org.egov.itpm.security.CurrentUser;
import org.egov.itpm.security.ProjectCondition;

/**
 * Reading and editing projects within the caller's scope. Stage moves live in {@link LifecycleService}, the scope
 * rule in {@link ProjectScope}, the ending of every write in {@link ProjectChanges}, the platform exchange's needs in
 * {@link ProjectExchange}, "which pack, facts and day" in {@link ProjectJudgements}.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class ProjectService {

    static final int MAX_PAGE = 100;

    private final ProjectRepository projects;
    private final OrganisationService organisations;
    private final AuditService audit;
    private final CurrentUser user;
    private final Clock clock;
    private final ProjectScope scope;
    private final ProjectChanges changes;
    private final ProjectParticipants participants;

    @Inject
    public ProjectService(ProjectRepository projects, OrganisationService organisations, AuditService audit,
                          CurrentUser user, Clock clock, ProjectScope scope, ProjectChanges changes,
                          ProjectParticipants participants) {
        this.participants = participants;
        this.changes = changes;
        this.scope = scope;
        this.projects = projects;
        this.organisations = organisations;
        this.audit = audit;
        this.user = user;
        this.clock = clock;
    }

    /** The project if it exists and is in the caller's scope; otherwise NOT_FOUND (never FORBIDDEN). */
    public Project get(UUID id) {
        return projects.findInScope(id, scope.query()).orElseThrow(() -> new NotFoundException("project", id));
    }

    public ProjectConnection page(ProjectFilter filter, Integer first, String after, ProjectOrder order) {
        int size = first == null ? 20 : first;
        if (size < 1 || size > MAX_PAGE) {
            throw InvalidInputException.of("first", "INVALID_PAGE_SIZE", "must be between 1 and " + MAX_PAGE,
                    "须在1至" + MAX_PAGE + "之间");
        }
        ProjectOrder effective = order == null ? new ProjectOrder() : order;
        ProjectQuery countable = scope.query().filter(filter);
        List<Project> rows = projects.page(scope.query().filter(filter).after(after, effective), effective, size + 1);
        boolean hasNext = rows.size() > size;
        List<ProjectConnection.ProjectEdge> edges = rows.stream().limit(size)
                .map(p -> new ProjectConnection.ProjectEdge(ProjectQuery.Cursor.encode(p, effective.field),
                        ProjectView.of(p)))
                .toList();
        String end = edges.isEmpty() ? null : edges.get(edges.size() - 1).cursor();
        return new ProjectConnection(edges, new ProjectConnection.PageInfo(hasNext, end), countable);
    }

    public long count(ProjectConnection connection) {
        return projects.count(connection.query());
    }

    /** Projects by id for nested resolvers; callers pass ids they already obtained within scope. */
    public Map<UUID, Project> byIds(Collection<UUID> ids) {
        return projects.byIds(ids).stream().collect(Collectors.toMap(p -> p.id, p -> p));
    }

    /**
     * Every project the organisation owns, unscoped, as a condition over project alias p: for rules that look across
     * a unit (panel cool-down). A condition, not the ids: a unit may own more projects than a statement takes.
     */
    public ProjectCondition ownedBy(UUID orgId) {
        return new ProjectCondition("p.ownerOrgId = :ownedBy", "p.owner_org_id = :ownedBy", Map.of("ownedBy", orgId));
    }

    /** Projects by id that the caller may see, for links between projects (an O&M project and its systems). */
    public Map<UUID, Project> visibleByIds(Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        Map<UUID, List<UUID>> participants = participantsOf(ids);
        return scope.visible(projects.byIds(ids), p -> participants.getOrDefault(p.id, List.of())).stream()
                .collect(Collectors.toMap(p -> p.id, p -> p));
    }

    /**
     * Refuses (403 NOT_PROJECT_UNIT) a caller who is not of the project's owner unit: acts the seeds give the project
     * unit (项目建设单位) alone, e.g. a final settlement or a delay report, are not a participant unit's.
     */
    public void requireOwnerUnit(Project p) {
        String mine = user.orgCode();
        boolean owner = mine != null && organisations.byId(p.ownerOrgId).map(o -> mine.equals(o.creditCode)).orElse(false);
        if (!owner) {
            throw new org.egov.itpm.common.ForbiddenActionException("NOT_PROJECT_UNIT", new org.egov.itpm.common.Text(
                    "only the project's own unit records this", "仅项目建设单位本身可登记此事项"));
        }
    }

    public Map<UUID, List<Project>> phasesOf(Collection<UUID> parentIds) {
        Map<UUID, List<UUID>> participants = participantsOf(parentIds);
        return scope.visible(projects.phasesOf(parentIds), p -> participants.getOrDefault(p.parentProjectId,
                        List.of())).stream()
                .collect(Collectors.groupingBy(p -> p.parentProjectId, LinkedHashMap::new, Collectors.toList()));
    }

    public Map<UUID, List<UUID>> participantsOf(Collection<UUID> projectIds) {
        return projects.participantsOf(projectIds).stream().collect(Collectors.groupingBy(pp -> pp.projectId,
                Collectors.mapping(pp -> pp.organisationId, Collectors.toList())));
    }

    public Map<UUID, List<StageTransition>> historyOf(Collection<UUID> projectIds) {
        return projects.historyOf(projectIds).stream()
                .collect(Collectors.groupingBy(t -> t.projectId, LinkedHashMap::new, Collectors.toList()));
    }

    @Transactional
    public Project create(ProjectInput in) {
        ProjectInputValidator.validate(in, true);
        Organisation owner = organisations.byCreditCode(user.orgCode()).orElseThrow(() ->
                new ForbiddenActionException("NO_ORGANISATION", new Text("your account has no known organisation (org_code)",
                        "您的账号未关联已登记的单位（org_code）")));
        Project p = new Project();
        p.id = UUID.randomUUID();
        p.ownerOrgId = owner.id;
        p.regionCode = owner.regionCode;
        p.stage = Stage.DRAFT;
        p.createdBy = user.username();
        p.createdAt = clock.instant();
        p.localCode = nextLocalCode(owner.regionCode, in.year);
        apply(p, in);
        p.updatedAt = p.createdAt;
        projects.persist(p);
        replaceParticipants(p, in.participantOrganisationIds);
        changes.recordTransition(p, null, Stage.DRAFT, LocalDate.ofInstant(p.createdAt, ClockProducer.CHINA), "created",
                List.of());
        audit.record(p.id, "Project", p.id, "CREATE", user.username(), Map.of("name", p.name));
        changes.changed(p, "CREATED", null, Stage.DRAFT);
        return p;
    }

    @Transactional
    public Project update(UUID id, ProjectInput in, Integer expectedVersion) {
        ProjectInputValidator.validate(in, false);
        Project p = get(id);
        changes.checkVersion(p, expectedVersion);
        if (!p.isEditable()) {
            throw new ConflictException("PROJECT_NOT_EDITABLE", new Text(
                    "only DRAFT or LIBRARY projects can be edited; this one is " + p.stage,
                    "仅草稿或入库阶段的项目可编辑，当前阶段为 " + p.stage));
        }
        apply(p, in);
        p.updatedAt = clock.instant();
        if (in.participantOrganisationIds != null) {
            replaceParticipants(p, in.participantOrganisationIds);
        }
        audit.record(p.id, "Project", p.id, "UPDATE", user.username(), Map.of("fields", changedFields(in)));
        changes.changed(p, "UPDATED", p.stage, p.stage);
        return p;
    }

    jakarta.persistence.EntityManager entityManager() {
        return projects.getEntityManager();
    }

    /** Sets the approved estimate (概算); only approvals and approved changes call this. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void setApprovedEstimate(Project p, java.math.BigDecimal amount, String because) {
        java.math.BigDecimal before = p.approvedEstimate;
        p.approvedEstimate = amount;
        p.updatedAt = clock.instant();
        audit.record(p.id, "Project", p.id, "APPROVED_ESTIMATE", user.username(), Map.of("from",
                String.valueOf(before), "to", amount.toPlainString(), "because", because));
    }

    /**
     * An imported project keeps the local code of the ledger it came from (its natural key on re-import); a code
     * another project holds is LOCAL_CODE_CONFLICT.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void keepLocalCode(Project p, String localCode) {
        if (localCode.equals(p.localCode)) {
            return;
        }
        long taken = projects.count("localCode = ?1 and id <> ?2", localCode, p.id);
        if (taken > 0) {
            throw new ConflictException("LOCAL_CODE_CONFLICT", new Text("the local code " + localCode
                    + " is already used by another project", "本地编号 " + localCode + " 已被其他项目使用"));
        }
        audit.record(p.id, "Project", p.id, "LOCAL_CODE", user.username(), Map.of("from", p.localCode, "to",
                localCode));
        p.localCode = localCode;
    }

    /** A project query limited to the caller's scope (for aggregates in this feature). */
    ProjectQuery scoped() {
        return scope.query();
    }

    private void apply(Project p, ProjectInput in) {
        if (in.name != null) p.name = in.name.trim();
        if (in.description != null) p.description = in.description;
        if (in.kind != null) p.kind = in.kind;
        if (in.buildType != null) p.buildType = in.buildType;
        if (in.fundingSource != null) p.fundingSource = in.fundingSource;
        if (in.year != null) p.planYear = in.year;
        if (in.estimatedInvestment != null) p.estimatedInvestment = Money.cny(in.estimatedInvestment);
        if (in.securityBudget != null) p.securityBudget = Money.cny(in.securityBudget);
        if (in.plannedStart != null) p.plannedStart = in.plannedStart;
        if (in.plannedEnd != null) p.plannedEnd = in.plannedEnd;
        if (in.parentProjectId != null) {
            Project parent = get(in.parentProjectId);
            if (parent.id.equals(p.id)) {
                throw InvalidInputException.of("parentProjectId", "INVALID_PARENT", "a project cannot be its own phase",
                        "项目不能作为自身的分期");
            }
            p.parentProjectId = parent.id;
            p.phaseNo = in.phaseNo;
        }
    }

    private void replaceParticipants(Project p, List<UUID> orgIds) {
        participants.replace(p, orgIds);
    }

    private String nextLocalCode(String regionCode, int year) {
        return regionCode + "-" + year + "-" + String.format("%06d", projects.nextLocalNumber());
    }

    private static List<String> changedFields(ProjectInput in) {
        List<String> fields = new ArrayList<>();
        if (in.name != null) fields.add("name");
        if (in.description != null) fields.add("description");
        if (in.kind != null) fields.add("kind");
        if (in.buildType != null) fields.add("buildType");
        if (in.fundingSource != null) fields.add("fundingSource");
        if (in.year != null) fields.add("year");
        if (in.estimatedInvestment != null) fields.add("estimatedInvestment");
        if (in.securityBudget != null) fields.add("securityBudget");
        if (in.plannedStart != null) fields.add("plannedStart");
        if (in.plannedEnd != null) fields.add("plannedEnd");
        if (in.parentProjectId != null) fields.add("parentProjectId");
        if (in.participantOrganisationIds != null) fields.add("participantOrganisationIds");
        return fields;
    }
}
