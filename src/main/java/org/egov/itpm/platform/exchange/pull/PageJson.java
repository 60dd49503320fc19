package org.egov.itpm.platform.exchange.pull;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import org.egov.itpm.project.ProjectExchange;

/**
 * Writes a pull page as {@link ExchangePage}'s JSON around the rows PostgreSQL wrote, byte for byte what Jackson
 * writes for the record, and tags it: the ETag hashes every byte before the watermark (rows, cursor, hasMore), which
 * moves with the clock and must not turn an unchanged page into a new one.
 */
final class PageJson {

    private static final byte[] ITEMS = "{\"items\":[".getBytes(StandardCharsets.US_ASCII);

    private PageJson() {
    }

    static PullService.Tagged write(ProjectExchange.ChangedPage page, Instant watermark, ObjectMapper json) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(page.items().length + 256);
        out.writeBytes(ITEMS);
        out.writeBytes(page.items());
        out.writeBytes(("],\"nextCursor\":" + text(json, page.nextCursor()) + ",\"hasMore\":" + page.hasMore())
                .getBytes(StandardCharsets.UTF_8));
        int tagged = out.size();
        out.writeBytes((",\"watermark\":" + text(json, watermark) + "}").getBytes(StandardCharsets.UTF_8));
        byte[] body = out.toByteArray();
        return new PullService.Tagged(body, etag(body, tagged));
    }

    /** A value as Jackson writes it to a UTF-8 stream, as the REST layer does. */
    static String text(ObjectMapper json, Object value) {
        try {
            return new String(json.writeValueAsBytes(value), StandardCharsets.UTF_8);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String etag(byte[] body, int length) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(body, 0, length);
            return "\"" + HexFormat.of().formatHex(sha.digest(), 0, 16) + "\"";
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
