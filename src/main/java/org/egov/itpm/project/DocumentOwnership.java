package org.egov.itpm.project;

import java.util.List;
import java.util.UUID;

/** Implemented by the document feature: checks that the documents a transition cites belong to its project. */
public interface DocumentOwnership {

    /** Throws INVALID_INPUT naming every id that is not a document of {@code projectId}. */
    void requireOwnDocuments(UUID projectId, List<UUID> documentIds);
}
