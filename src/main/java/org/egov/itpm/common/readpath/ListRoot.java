package org.egov.itpm.common.readpath;

import java.util.Map;

/**
 * A root field that answers a plain list of one table's rows (no connection), for the compiled read path (ADR 0016):
 * given by the feature that owns the table, with the same rows, order and limit as its resolver.
 */
public interface ListRoot {

    /** The root field, e.g. {@code findings}. */
    String field();

    /** The GraphQL type of the elements. */
    String type();

    /** The element type's table-backed fields over {@link #alias()}. */
    Map<String, Column> columns();

    /** The resolver class; its {@code @Query} method for {@link #field()} rules the root on both paths. */
    Class<?> api();

    /** FROM of the statement, e.g. {@code finding f join project p on p.id = f.project_id}. */
    String from();

    /** The alias of the element table in {@link #from()}. */
    String alias();

    /**
     * The caller's rows for the coerced arguments. Throws on any argument the resolver path would refuse (the request
     * then goes to the resolver path, which refuses it with its code).
     */
    Rows rows(Map<String, Object> arguments);

    /**
     * WHERE (with {@code :named} parameters; empty for every row), ORDER BY (total: ends with a unique column) and the
     * most rows shown ({@code limit}; none when negative).
     */
    record Rows(String where, Map<String, Object> params, String orderBy, int limit) {

        public static Rows all(String orderBy) {
            return new Rows("", Map.of(), orderBy, -1);
        }
    }
}
