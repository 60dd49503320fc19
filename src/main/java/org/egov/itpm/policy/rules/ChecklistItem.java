package org.egov.itpm.policy.rules;

import org.egov.itpm.policy.DocumentType;
import org.egov.itpm.policy.pack.Citation;

/** One document of an acceptance application and whether the project has it. */
public record ChecklistItem(DocumentType document, boolean present, Citation cite) {}
