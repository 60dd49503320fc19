package org.egov.itpm.platform.graphql.compiled;

import io.vertx.core.buffer.Buffer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.egov.itpm.platform.graphql.compiled.Plan.Part;

/**
 * Writes the response body of a compiled query as UTF-8 bytes: the nodes are PostgreSQL's bytes as they came off the
 * wire (never decoded into Java strings and encoded again); only the connection around them is written here.
 */
final class ConnectionWriter {

    /** One page row: its cursor (ASCII) and the JSON bytes of each node selection. */
    record Row(String cursor, byte[][] nodes) {
        int length() {
            int n = 128;
            for (byte[] node : nodes) {
                n += node.length;
            }
            return n;
        }
    }

    private final Buffer out;
    private final List<Row> rows;
    private final boolean hasNext;
    private final long count;

    private ConnectionWriter(Buffer out, List<Row> rows, boolean hasNext, long count) {
        this.out = out;
        this.rows = rows;
        this.hasNext = hasNext;
        this.count = count;
    }

    /** {@code {"data":{"key":node}}}. */
    static Buffer single(String resultKey, byte[] node) {
        return Buffer.buffer(node.length + resultKey.length() + 16).appendString("{\"data\":{\"")
                .appendString(resultKey).appendString("\":").appendBytes(node).appendString("}}");
    }

    /** The connection of {@code plan} over the page rows (one more than {@code size} when there is a next page). */
    static Buffer connection(Plan plan, List<Row> rows, int size, long count) {
        boolean hasNext = rows.size() > size;
        List<Row> shown = hasNext ? rows.subList(0, size) : rows;
        int length = 256;
        for (Row row : shown) {
            length += row.length();
        }
        ConnectionWriter writer = new ConnectionWriter(Buffer.buffer(length), shown, hasNext, count);
        writer.ascii("{\"data\":{\"").ascii(plan.resultKey()).ascii("\":");
        writer.object(plan.parts(), null);
        return writer.ascii("}}").out;
    }

    private void object(List<Part> parts, Row row) {
        out.appendByte((byte) '{');
        for (int i = 0; i < parts.size(); i++) {
            Part part = parts.get(i);
            ascii(i == 0 ? "\"" : ",\"").ascii(part.key()).ascii("\":");
            switch (part.kind()) {
                case TOTAL_COUNT -> ascii(Long.toString(count));
                case EDGES -> {
                    out.appendByte((byte) '[');
                    for (int r = 0; r < rows.size(); r++) {
                        if (r > 0) {
                            out.appendByte((byte) ',');
                        }
                        object(part.parts(), rows.get(r));
                    }
                    out.appendByte((byte) ']');
                }
                case PAGE_INFO -> object(part.parts(), null);
                case CURSOR -> quoted(row.cursor());
                case NODE -> out.appendBytes(row.nodes()[part.node()]);
                case END_CURSOR -> {
                    if (rows.isEmpty()) {
                        ascii("null");
                    } else {
                        quoted(rows.get(rows.size() - 1).cursor());
                    }
                }
                case HAS_NEXT_PAGE -> ascii(Boolean.toString(hasNext));
                case TYPENAME -> quoted(part.typeName());
            }
        }
        out.appendByte((byte) '}');
    }

    private void quoted(String text) {
        out.appendByte((byte) '"');
        ascii(String.valueOf(text));
        out.appendByte((byte) '"');
    }

    /** Cursors, names and numbers: ASCII, so their bytes are their chars. */
    private ConnectionWriter ascii(String text) {
        out.appendBytes(text.getBytes(StandardCharsets.ISO_8859_1));
        return this;
    }
}
