package org.egov.itpm.platform.exchange.pull;

import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One page of the pull. */
@Schema(name = "ExchangePage", description = "A page of changed projects in (EXCHANGE_TIME, id) order.")
public record ExchangePage(
        List<ExchangeProjectRow> items,
        @Schema(description = "Pass as `after` to get the next page, and keep it to resume later: it points just after"
                + " the last row returned. Equals the `after` you sent when the page is empty.", nullable = true)
        String nextCursor,
        @Schema(description = "True when more rows follow now; false means you are up to date.") boolean hasMore,
        @Schema(description = "Every change up to this instant is in the pages read so far (when hasMore is false), or"
                + " the EXCHANGE_TIME of the last row. Use it as `since` only when you have no cursor.")
        Instant watermark) {
}
