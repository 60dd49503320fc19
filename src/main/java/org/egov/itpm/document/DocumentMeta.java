package org.egov.itpm.document;

import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Name;
import org.egov.itpm.policy.DocumentType;

/** A document's metadata (never its content), as lists and the upload response show it. */
@Name("Document")
@Description("A typed project document. Download the content over REST: GET /api/v1/documents/{id}/content.")
public record DocumentMeta(@Id UUID id, UUID projectId, DocumentType type, String fileName, String contentType,
                           long sizeBytes, @Description("SHA-256 of the content, hex.") String sha256,
                           @Description("The contract this document belongs to (e.g. its CONTRACT_ACCEPTANCE_REPORT,"
                                   + " Qufu art.34); null for project documents.") @Id UUID contractId,
                           String uploadedBy, Instant uploadedAt) {
}
