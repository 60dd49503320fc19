package org.egov.itpm.document;

import static java.util.Map.entry;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Map;
import org.egov.itpm.common.readpath.Column;
import org.egov.itpm.common.readpath.ReadPathContribution;
import org.egov.itpm.common.readpath.Relation;

/** Document metadata of a project for the compiled read path (ADR 0016): the same rows, order and rules as the resolver. */
@ApplicationScoped
public class DocumentReadPath implements ReadPathContribution {

    @Override
    public List<Relation> relations() {
        return List.of(
                Relation.list("Project", "documents", "Document", "document", "project_id", List.of("uploaded_at", "id"),
                        Map.ofEntries(entry("id", Column.text("id")), entry("projectId", Column.text("project_id")),
                                entry("type", Column.text("type")), entry("fileName", Column.text("file_name")),
                                entry("contentType", Column.text("content_type")),
                                entry("sizeBytes", Column.literal("size_bytes")), entry("sha256", Column.text("sha256")),
                                entry("contractId", Column.text("contract_id")),
                                entry("uploadedBy", Column.text("uploaded_by")),
                                entry("uploadedAt", Column.instant("uploaded_at"))),
                        DocumentGraphQLApi.class, "documents"));
    }
}
