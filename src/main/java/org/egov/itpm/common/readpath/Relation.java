package org.egov.itpm.common.readpath;

import java.util.List;
import java.util.Map;

/**
 * A field of {@code parentType} served by rows of one table: {@code childKey} of the child row equals
 * {@code parentKey} of the parent row. {@code single}: at most one row (an object, not a list). {@code orderBy} is the
 * resolver's order, total (ends with a unique column). {@code api}/{@code method} name the resolver whose
 * {@code @RolesAllowed} (on the method, else on its class) rules the field on both paths.
 */
public record Relation(String parentType, String field, String type, String table, String childKey,
                       String parentKey, boolean single, List<String> orderBy, Map<String, Column> columns,
                       Class<?> api, String method) {

    public static Relation list(String parentType, String field, String type, String table, String childKey,
                                List<String> orderBy, Map<String, Column> columns, Class<?> api, String method) {
        return new Relation(parentType, field, type, table, childKey, "id", false, orderBy, columns, api, method);
    }
}
