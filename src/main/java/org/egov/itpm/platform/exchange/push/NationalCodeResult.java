package org.egov.itpm.platform.exchange.push;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Outcome of a 项目代码 push. */
@Schema(name = "NationalCodeResult", description = "The project's code after the push.")
public record NationalCodeResult(String localCode,
                                 @Schema(description = "项目代码 now on record") String projectCode,
                                 @Schema(description = "False when the same code was already on record (no-op).")
                                 boolean changed) {
}
