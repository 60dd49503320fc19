package org.egov.itpm.document;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

/** Documents; lists read metadata only, so contents are never loaded for a page. */
@ApplicationScoped
public class DocumentRepository implements PanacheRepositoryBase<Document, UUID> {

    private static final String META = "select new org.egov.itpm.document.DocumentMeta(d.id, d.projectId, d.type,"
            + " d.fileName, d.contentType, d.sizeBytes, d.sha256, d.contractId, d.uploadedBy, d.uploadedAt) from Document d";

    List<DocumentMeta> metaByProjects(Collection<UUID> projectIds) {
        return projectIds.isEmpty() ? List.of() : getEntityManager().createQuery(META
                + " where d.projectId in :ids order by d.uploadedAt, d.id", DocumentMeta.class)
                .setParameter("ids", projectIds).getResultList();
    }

    List<DocumentMeta> metaByIds(Collection<UUID> ids) {
        return ids.isEmpty() ? List.of() : getEntityManager().createQuery(META + " where d.id in :ids",
                DocumentMeta.class).setParameter("ids", ids).getResultList();
    }
}
