package org.egov.itpm.platform.graphql.compiled;

import java.util.List;

/**
 * A compiled selection of one root field. {@code nodes} are the JSON expressions over {@code project p}, one per
 * distinct node selection; {@code parts} say how the response is assembled around them, in selection order.
 */
record Plan(String root, String resultKey, List<String> nodes, List<Part> parts) {

    /** What a selected field of the connection (or of an edge, or of pageInfo) writes. */
    enum Kind { TOTAL_COUNT, EDGES, PAGE_INFO, CURSOR, NODE, END_CURSOR, HAS_NEXT_PAGE, TYPENAME }

    /** One selected field: its response key, what it writes, its sub-parts, the node column or type name. */
    record Part(String key, Kind kind, List<Part> parts, int node, String typeName) {
    }

    boolean needsRows() {
        return parts.stream().anyMatch(p -> p.kind() == Kind.EDGES || p.kind() == Kind.PAGE_INFO);
    }

    boolean needsCount() {
        return parts.stream().anyMatch(p -> p.kind() == Kind.TOTAL_COUNT);
    }
}
