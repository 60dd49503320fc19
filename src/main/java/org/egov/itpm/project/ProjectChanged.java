package org.egov.itpm.project;

import java.util.UUID;
import org.egov.itpm.policy.Stage;

/**
 * Fired (CDI event) inside the transaction that changed a project's stage or its records, so other features
 * (findings, platform outbox, subscriptions) react without the project feature knowing them.
 */
public record ProjectChanged(UUID projectId, String what, Stage from, Stage to, String actor) {
}
