package org.egov.itpm.policy.rules;

import org.egov.itpm.policy.Stage;

/** A requirement still open before the project can enter {@code stage}, with its reason and citation. */
public record OpenStep(Stage stage, Reason reason) {}
