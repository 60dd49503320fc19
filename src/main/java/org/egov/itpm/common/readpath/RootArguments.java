package org.egov.itpm.common.readpath;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.HashMap;
import java.util.Map;

/** What list roots share when they render their resolver's arguments as SQL (ADR 0016). */
public final class RootArguments {

    private static final ObjectMapper ARGUMENTS = new ObjectMapper()
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, true);

    private RootArguments() {
    }

    /** A page size within 1..{@code max}; throws otherwise (the resolver path refuses it with its code). */
    public static int size(Object first, int max) {
        int size = ((Number) java.util.Objects.requireNonNull(first, "first")).intValue();
        if (size < 1 || size > max) {
            throw new IllegalArgumentException("page size out of range: the resolver path refuses it");
        }
        return size;
    }

    /** A coerced input object as the resolver's input class (null stays null). */
    public static <T> T convert(Object input, Class<T> type) {
        return ARGUMENTS.convertValue(input, type);
    }

    /** Starts a WHERE with the caller's scope. */
    public static Where where(String scope, Map<String, Object> scopeParams) {
        return new Where(scope, scopeParams);
    }

    /** Conditions joined with AND, and their parameters. */
    public static final class Where {
        private final StringBuilder sql;
        private final Map<String, Object> params;

        private Where(String scope, Map<String, Object> scopeParams) {
            this.sql = new StringBuilder(" where ").append(scope);
            this.params = new HashMap<>(scopeParams);
        }

        public Where and(String condition) {
            sql.append(" and ").append(condition);
            return this;
        }

        /** Adds {@code condition} on parameter {@code name} when {@code value} is given. */
        public Where and(String condition, String name, Object value) {
            if (value != null) {
                and(condition);
                params.put(name, value);
            }
            return this;
        }

        public ListRoot.Rows rows(String orderBy, int limit) {
            return new ListRoot.Rows(sql.toString(), params, orderBy, limit);
        }
    }
}
