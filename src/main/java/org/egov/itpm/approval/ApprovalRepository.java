package org.egov.itpm.approval;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.egov.itpm.policy.ApprovalKind;

/** Approval documents. */
@ApplicationScoped
public class ApprovalRepository implements PanacheRepositoryBase<Approval, UUID> {

    List<Approval> byProjects(Collection<UUID> projectIds) {
        return projectIds.isEmpty() ? List.of() : list("projectId in ?1 order by approvedOn, recordedAt, id", projectIds);
    }

    List<Approval> byChanges(Collection<UUID> changeIds) {
        return changeIds.isEmpty() ? List.of() : list("changeRequestId in ?1", changeIds);
    }

    Optional<Approval> byNaturalKey(UUID projectId, ApprovalKind kind, String documentNumber) {
        return find("projectId = ?1 and kind = ?2 and documentNumber = ?3", projectId, kind, documentNumber)
                .firstResultOptional();
    }
}
