package org.egov.itpm.platform.exchange.push;

import jakarta.validation.constraints.Size;
import org.egov.itpm.common.TextLimits;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Body of the 项目代码 push. */
@Schema(name = "NationalCodeInput", description = "The 项目代码 the platform assigned.")
public record NationalCodeInput(
        @Schema(description = "YYMM-RRRRRR-DD-TT-NNNNNC (GB/T 40058-2021) or legacy YYYY-RRRRRR-II-TT-NNNNNN",
                examples = "2603-370881-04-01-00012A") @Size(max = TextLimits.CODE) String projectCode) {
}
