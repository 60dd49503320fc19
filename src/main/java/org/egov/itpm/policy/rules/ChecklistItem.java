package org.egov.itpm.policy.rules;

import org.egov.itpm.policy.DocumentType;
import org.egov.itpm.policy.pack.Citation;

/**
 * One document of an acceptance application and whether the project has it; {@code contractId} and
 * {@code contractTitle} are set when the document is asked for per contract.
 */
public record ChecklistItem(DocumentType document, boolean present, Citation cite, String contractId,
                            String contractTitle) {}
