package org.egov.itpm.project;

import org.egov.itpm.common.BusinessClock;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import org.egov.itpm.audit.AuditService;
import org.egov.itpm.common.ForbiddenActionException;
import org.egov.itpm.common.Text;
import org.egov.itpm.policy.Attestation;
import org.egov.itpm.security.CurrentUser;

/** Declared facts: attestations, exclusion grounds and platform filings. Each (category, value) is kept once. */
@ApplicationScoped
public class DeclarationService {

    private final ProjectService projects;
    private final ProjectChanges changes;
    private final AuditService audit;
    private final CurrentUser user;
    private final Clock clock;
    private final BusinessClock businessClock;

    @Inject
    public DeclarationService(ProjectService projects, ProjectChanges changes, AuditService audit, CurrentUser user, Clock clock,
                              BusinessClock businessClock) {
        this.projects = projects;
        this.changes = changes;
        this.audit = audit;
        this.user = user;
        this.clock = clock;
        this.businessClock = businessClock;
    }

    /** Records the fact; declaring the same (category, value) again returns the first record unchanged. */
    @Transactional
    public ProjectFact declare(UUID projectId, ProjectFact.Category category, Enum<?> value, LocalDate onDate,
                               String reference, String note) {
        Project p = projects.get(projectId);
        if (value == Attestation.ACCEPTANCE_CONFIRMATIONS_PASSED) {
            // Derived from the two confirmations (AcceptanceFacts); declaring it would skip the crypto authority's.
            throw new ForbiddenActionException("ATTESTATION_NOT_ALLOWED_FOR_ROLE", new Text("ACCEPTANCE_CONFIRMATIONS_PASSED"
                    + " follows from the data authority's DATA_SHARING_CONFIRMATION and the crypto authority's"
                    + " CRYPTO_CONFIRMATION (confirmAcceptanceCheck; jiangxi-2024 art.30); no role declares it",
                    "竣工验收前确认须由数据资源管理部门的数据共享确认和密码管理部门的密码应用确认形成（confirmAcceptanceCheck；"
                            + "jiangxi-2024 art.30），任何角色不得直接声明"));
        }
        LocalDate date = businessClock.actDate(onDate, "onDate");
        var em = projects.entityManager();
        var existing = em.createQuery("select f from ProjectFact f where f.projectId = :p and f.category = :c"
                        + " and f.value = :v", ProjectFact.class).setParameter("p", p.id).setParameter("c", category)
                .setParameter("v", value.name()).getResultList().stream().findFirst();
        if (existing.isPresent()) {
            return existing.get();
        }
        ProjectFact f = new ProjectFact();
        f.id = UUID.randomUUID();
        f.projectId = p.id;
        f.category = category;
        f.value = value.name();
        f.onDate = date;
        f.reference = reference;
        f.note = note;
        f.recordedBy = user.username();
        f.recordedAt = clock.instant();
        em.persist(f);
        audit.record(p.id, "ProjectFact", f.id, "DECLARE", user.username(), Map.of("category", category.name(),
                "value", f.value));
        changes.changed(p.id, category == ProjectFact.Category.PLATFORM_FILING ? "FILING" : "DECLARATION");
        return f;
    }
}
