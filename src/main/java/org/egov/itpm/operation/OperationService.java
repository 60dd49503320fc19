package org.egov.itpm.operation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
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
import org.egov.itpm.common.BusinessClock;
import org.egov.itpm.common.ConflictException;
import org.egov.itpm.common.FieldError;
import org.egov.itpm.common.InvalidInputException;
import org.egov.itpm.common.Text;
import org.egov.itpm.policy.ProjectKind;
import org.egov.itpm.policy.Stage;
import org.egov.itpm.project.Project;
import org.egov.itpm.project.ProjectChanges;
import org.egov.itpm.project.ProjectService;
import org.egov.itpm.security.CurrentUser;

/**
 * O&M (运维) projects and the systems in operation they maintain; the authority's yearly O&M budget proposal for a
 * system in operation (jiangxi-2024 art.36).
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class OperationService {

    static final int MAX_DOCUMENT_NUMBER = 100;

    @Inject
    EntityManager em;
    @Inject
    ProjectService projects;
    @Inject
    ProjectChanges changes;
    @Inject
    AuditService audit;
    @Inject
    CurrentUser user;
    @Inject
    Clock clock;
    @Inject
    BusinessClock businessClock;

    /**
     * The O&M project's unit records that it maintains {@code systemId}: the O&M project is of kind
     * OPERATION_MAINTENANCE, the system a project of the same region that passed final acceptance or is in operation.
     * Linking again is a no-op.
     */
    @Transactional
    public List<Project> link(UUID omProjectId, UUID systemId) {
        Project om = projects.get(omProjectId);
        projects.requireOwnerUnit(om);
        Project system = projects.get(systemId);
        if (om.kind != ProjectKind.OPERATION_MAINTENANCE) {
            throw new ConflictException("NOT_AN_OM_PROJECT", new Text("project " + om.localCode + " is not an O&M"
                    + " project (kind " + om.kind + ")", "项目 " + om.localCode + " 不是运维类项目（类别 " + om.kind + "）"));
        }
        if (om.stage.isClosed()) {
            throw new ConflictException("PROJECT_CLOSED", new Text("project " + om.localCode + " is " + om.stage,
                    "项目 " + om.localCode + " 已处于 " + om.stage));
        }
        if (system.kind == ProjectKind.OPERATION_MAINTENANCE || !inOperation(system.stage)) {
            throw new ConflictException("MAINTAINED_SYSTEM_NOT_IN_OPERATION", new Text("project " + system.localCode
                    + " is " + system.stage + "; an O&M project maintains a completed system (FINAL_ACCEPTANCE or"
                    + " OPERATION)", "项目 " + system.localCode + " 当前为 " + system.stage
                    + "，运维项目只能关联已竣工验收或运行中的系统"));
        }
        if (!system.regionCode.equals(om.regionCode)) {
            throw new ConflictException("MAINTAINED_SYSTEM_OTHER_JURISDICTION", new Text("system " + system.localCode
                    + " is in region " + system.regionCode + ", the O&M project in " + om.regionCode,
                    "系统 " + system.localCode + " 属于区划 " + system.regionCode + "，运维项目属于 " + om.regionCode));
        }
        MaintainedSystem.Key key = new MaintainedSystem.Key();
        key.omProjectId = om.id;
        key.systemProjectId = system.id;
        if (em.find(MaintainedSystem.class, key) == null) {
            MaintainedSystem m = new MaintainedSystem();
            m.omProjectId = om.id;
            m.systemProjectId = system.id;
            m.recordedBy = user.username();
            m.recordedAt = clock.instant();
            em.persist(m);
            audit.record(om.id, "MaintainedSystem", system.id, "LINK", user.username(), Map.of("system",
                    system.localCode));
            changes.changed(om.id, "MAINTAINED_SYSTEMS");
            changes.changed(system.id, "MAINTAINED_BY");
        }
        return maintained(om.id);
    }

    /** The O&M project's unit removes a link recorded by mistake. */
    @Transactional
    public List<Project> unlink(UUID omProjectId, UUID systemId) {
        Project om = projects.get(omProjectId);
        projects.requireOwnerUnit(om);
        int removed = em.createQuery("delete from MaintainedSystem m where m.omProjectId = :om"
                + " and m.systemProjectId = :s").setParameter("om", om.id).setParameter("s", systemId).executeUpdate();
        if (removed > 0) {
            audit.record(om.id, "MaintainedSystem", systemId, "UNLINK", user.username(), Map.of());
            changes.changed(om.id, "MAINTAINED_SYSTEMS");
            changes.changed(systemId, "MAINTAINED_BY");
        }
        return maintained(om.id);
    }

    /** The systems an O&M project maintains (ids, whatever the caller's scope). */
    public Map<UUID, List<UUID>> systemsOf(Collection<UUID> omProjectIds) {
        return omProjectIds.isEmpty() ? Map.of() : em.createQuery("select m from MaintainedSystem m"
                        + " where m.omProjectId in :ids order by m.recordedAt", MaintainedSystem.class)
                .setParameter("ids", omProjectIds).getResultList().stream().collect(Collectors.groupingBy(m -> m.omProjectId,
                        LinkedHashMap::new, Collectors.mapping(m -> m.systemProjectId, Collectors.toList())));
    }

    /** The O&M projects maintaining each system (ids, whatever the caller's scope). */
    public Map<UUID, List<UUID>> maintainersOf(Collection<UUID> systemIds) {
        return systemIds.isEmpty() ? Map.of() : em.createQuery("select m from MaintainedSystem m"
                        + " where m.systemProjectId in :ids order by m.recordedAt", MaintainedSystem.class)
                .setParameter("ids", systemIds).getResultList().stream().collect(Collectors.groupingBy(m -> m.systemProjectId,
                        LinkedHashMap::new, Collectors.mapping(m -> m.omProjectId, Collectors.toList())));
    }

    /**
     * The authority records that next year's O&M budget proposal for a system in operation was sent to finance on
     * {@code sentOn} (jiangxi-2024 art.36); recording a year again corrects it.
     */
    @Transactional
    public OmBudgetProposal recordBudgetProposal(UUID projectId, LocalDate sentOn, String documentNumber) {
        Project p = projects.get(projectId);
        List<FieldError> errors = new ArrayList<>();
        if (sentOn == null) {
            errors.add(new FieldError("sentOn", "REQUIRED", new Text("is required", "为必填项")));
        } else if (sentOn.isAfter(businessClock.today())) {
            errors.add(new FieldError("sentOn", "DATE_IN_FUTURE", new Text("must not be in the future", "不得晚于今天")));
        }
        if (documentNumber != null && documentNumber.length() > MAX_DOCUMENT_NUMBER) {
            errors.add(new FieldError("documentNumber", "TOO_LONG", new Text("must be at most " + MAX_DOCUMENT_NUMBER
                    + " characters", "最多" + MAX_DOCUMENT_NUMBER + "个字符")));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        if (p.kind == ProjectKind.OPERATION_MAINTENANCE || !inOperation(p.stage)) {
            throw new ConflictException("SYSTEM_NOT_IN_OPERATION", new Text("an O&M budget proposal is for a system"
                    + " in operation; project " + p.localCode + " is " + p.stage, "运维预算建议针对运行中的系统，项目 "
                    + p.localCode + " 当前为 " + p.stage));
        }
        OmBudgetProposal.Key key = new OmBudgetProposal.Key();
        key.projectId = p.id;
        key.year = sentOn.getYear();
        OmBudgetProposal b = em.find(OmBudgetProposal.class, key);
        boolean fresh = b == null;
        if (fresh) {
            b = new OmBudgetProposal();
            b.projectId = p.id;
            b.year = sentOn.getYear();
        }
        b.sentOn = sentOn;
        b.documentNumber = documentNumber;
        b.recordedBy = user.username();
        b.recordedAt = clock.instant();
        if (fresh) {
            em.persist(b);
        }
        audit.record(p.id, "OmBudgetProposal", p.id, "RECORD", user.username(), Map.of("year", b.year,
                "sentOn", sentOn.toString()));
        changes.changed(p.id, "OM_BUDGET_PROPOSAL");
        return b;
    }

    public Map<UUID, List<OmBudgetProposal>> proposalsOf(Collection<UUID> projectIds) {
        return projectIds.isEmpty() ? Map.of() : em.createQuery("select b from OmBudgetProposal b"
                        + " where b.projectId in :ids order by b.year", OmBudgetProposal.class)
                .setParameter("ids", projectIds).getResultList().stream()
                .collect(Collectors.groupingBy(b -> b.projectId, LinkedHashMap::new, Collectors.toList()));
    }

    private List<Project> maintained(UUID omId) {
        List<UUID> ids = systemsOf(List.of(omId)).getOrDefault(omId, List.of());
        Map<UUID, Project> visible = projects.visibleByIds(ids);
        return ids.stream().map(visible::get).filter(java.util.Objects::nonNull).toList();
    }

    static boolean inOperation(Stage stage) {
        return stage == Stage.FINAL_ACCEPTANCE || stage == Stage.OPERATION;
    }
}
