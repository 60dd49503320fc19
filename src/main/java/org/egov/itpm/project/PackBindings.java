package org.egov.itpm.project;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.egov.itpm.audit.AuditService;
import org.egov.itpm.common.BusinessClock;
import org.egov.itpm.common.InvalidInputException;
import org.egov.itpm.common.NotFoundException;
import org.egov.itpm.pack.PackRegistry;
import org.egov.itpm.policy.Stage;
import org.egov.itpm.policy.pack.Pack;
import org.egov.itpm.policy.pack.PackCatalog;
import org.egov.itpm.security.CurrentUser;

/**
 * Which pack version judges a project, kept as an append-only history: bound at 申报, re-bound by an administrator
 * one project at a time or all open projects of an expired version at once (a successor or an extension,
 * docs/policy-packs.md "Succession"). Every re-binding records its reason, is audited and re-syncs the findings.
 */
@ApplicationScoped
public class PackBindings {

    private final ProjectRepository repository;
    private final ProjectService projects;
    private final ProjectChanges changes;
    private final PackRegistry packs;
    private final AuditService audit;
    private final CurrentUser user;
    private final BusinessClock clock;

    @Inject
    public PackBindings(ProjectRepository repository, ProjectService projects, ProjectChanges changes,
                        PackRegistry packs, AuditService audit, CurrentUser user, BusinessClock clock) {
        this.repository = repository;
        this.projects = projects;
        this.changes = changes;
        this.packs = packs;
        this.audit = audit;
        this.user = user;
        this.clock = clock;
    }

    /** 申报 bound {@code pack} to the project on {@code appliedOn}. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void applied(Project p, Pack pack, LocalDate appliedOn) {
        record(p, pack, PackBindingEntry.Kind.APPLIED, appliedOn, null);
    }

    /** Administrator: judge one project by another pack version from today. */
    @Transactional
    public Project rebind(UUID projectId, String packId, int version, String reason) {
        requireReason(reason);
        Project p = projects.get(projectId);
        Pack to = pack(packId, version);
        if (!PackCatalog.governs(to, p.regionCode)) {
            throw outsideJurisdiction("packId", to, p.regionCode);
        }
        rebind(p, to, reason);
        return p;
    }

    /**
     * Administrator: re-bind every open project bound to one pack version (e.g. an expired trial) to another version of
     * the same jurisdiction (its successor or extension). Closed projects keep the pack their acts were judged by.
     */
    @Transactional
    public List<Project> rebindAll(String fromId, int fromVersion, String toId, int toVersion, String reason) {
        requireReason(reason);
        Pack from = pack(fromId, fromVersion);
        Pack to = pack(toId, toVersion);
        if (from == to) {
            throw InvalidInputException.of("toPackId", "SAME_PACK_VERSION", "the target is the version the projects"
                    + " are bound to", "目标版本与项目当前绑定的版本相同");
        }
        if (!to.regionCode().equals(from.regionCode())) {
            throw outsideJurisdiction("toPackId", to, from.regionCode());
        }
        List<Project> bound = repository.list("policyPackId = ?1 and policyPackVersion = ?2 order by localCode",
                from.id(), from.version());
        List<Project> open = bound.stream().filter(p -> !p.stage.isClosed()).toList();
        open.forEach(p -> rebind(p, to, reason));
        return open;
    }

    /** Binding histories keyed by project id, oldest first. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Map<UUID, List<PackBindingEntry>> historyOf(Collection<UUID> projectIds) {
        if (projectIds.isEmpty()) {
            return Map.of();
        }
        return repository.getEntityManager().createQuery("select e from PackBindingEntry e where e.projectId in :ids"
                        + " order by e.boundAt, e.id", PackBindingEntry.class).setParameter("ids", projectIds)
                .getResultList().stream()
                .collect(Collectors.groupingBy(e -> e.projectId, LinkedHashMap::new, Collectors.toList()));
    }

    private void rebind(Project p, Pack to, String reason) {
        String from = p.policyPackId + " v" + p.policyPackVersion;
        p.policyPackId = to.id();
        p.policyPackVersion = to.version();
        record(p, to, PackBindingEntry.Kind.REBOUND, clock.today(), reason);
        audit.record(p.id, "Project", p.id, "REBIND_PACK", user.username(), Map.of("from", from, "to",
                to.id() + " v" + to.version(), "reason", reason));
        Stage stage = p.stage;
        changes.changed(p, "PACK", stage, stage);
    }

    private void record(Project p, Pack pack, PackBindingEntry.Kind kind, LocalDate on, String reason) {
        PackBindingEntry e = new PackBindingEntry();
        e.id = UUID.randomUUID();
        e.projectId = p.id;
        e.packId = pack.id();
        e.packVersion = pack.version();
        e.kind = kind;
        e.boundOn = on;
        e.boundAt = clock.now();
        e.boundBy = user.username();
        e.reason = reason;
        repository.getEntityManager().persist(e);
    }

    private Pack pack(String id, int version) {
        return packs.find(id, version).orElseThrow(() -> new NotFoundException("policy pack", id + " v" + version));
    }

    private static void requireReason(String reason) {
        if (reason == null || reason.isBlank()) {
            throw InvalidInputException.of("reason", "REQUIRED", "a re-binding needs its reason",
                    "重新绑定须说明理由");
        }
    }

    private static InvalidInputException outsideJurisdiction(String field, Pack pack, String region) {
        return InvalidInputException.of(field, "PACK_OUTSIDE_JURISDICTION", pack.id() + " v" + pack.version()
                + " (region " + pack.regionCode() + ") does not govern region " + region, pack.id() + " 第"
                + pack.version() + "版（行政区划 " + pack.regionCode() + "）不适用于行政区划 " + region);
    }
}
