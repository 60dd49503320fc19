package org.egov.itpm.platform.exchange.pull;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.egov.itpm.project.ProjectExchange;

/**
 * Writes a pull page as {@link ExchangePage}'s JSON around the rows PostgreSQL wrote, byte for byte what Jackson
 * writes for the record, and tags it: the ETag covers every byte before the watermark (rows, cursor, hasMore), which
 * moves with the clock and must not turn an unchanged page into a new one.
 */
final class PageJson {

    private static final byte[] ITEMS = "{\"items\":[".getBytes(StandardCharsets.US_ASCII);

    private PageJson() {
    }

    /** The page's body, in one array of its exact size; {@code request} names the page asked for (see PageTags). */
    static PullService.Tagged write(ProjectExchange.ChangedPage page, Instant watermark, ObjectMapper json,
                                    PageTags tags, String request) {
        byte[] items = page.items();
        byte[] cursor = ("],\"nextCursor\":" + text(json, page.nextCursor()) + ",\"hasMore\":" + page.hasMore())
                .getBytes(StandardCharsets.UTF_8);
        byte[] tail = (",\"watermark\":" + text(json, watermark) + "}").getBytes(StandardCharsets.UTF_8);
        byte[] body = new byte[ITEMS.length + items.length + cursor.length + tail.length];
        System.arraycopy(ITEMS, 0, body, 0, ITEMS.length);
        System.arraycopy(items, 0, body, ITEMS.length, items.length);
        int tagged = ITEMS.length + items.length + cursor.length;
        System.arraycopy(cursor, 0, body, ITEMS.length + items.length, cursor.length);
        System.arraycopy(tail, 0, body, tagged, tail.length);
        return new PullService.Tagged(body, tags.tag(request, body, tagged));
    }

    /** A value as Jackson writes it to a UTF-8 stream, as the REST layer does. */
    static String text(ObjectMapper json, Object value) {
        try {
            return new String(json.writeValueAsBytes(value), StandardCharsets.UTF_8);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
