package org.egov.itpm.project;

import java.time.LocalDate;
import java.util.UUID;
import org.egov.itpm.policy.Stage;

/**
 * Fired in the correcting transaction when the legal date of a move into {@code stage} was corrected, so a feature
 * that keeps the same act's date in its own record (e.g. the acceptance conclusion) corrects it too.
 */
public record StageDateCorrected(UUID projectId, Stage stage, LocalDate from, LocalDate to) {
}
