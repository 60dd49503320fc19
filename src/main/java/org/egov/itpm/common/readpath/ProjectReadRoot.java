package org.egov.itpm.common.readpath;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Map;
import java.util.UUID;

/**
 * The roots {@code projects} and {@code project(id)} for the compiled read path (ADR 0016), given by the project
 * feature: its columns over table {@code project p} and the caller's scope, filter, keyset and order as SQL.
 */
public interface ProjectReadRoot {

    String TYPE = "Project";

    /** The table-backed fields of Project. */
    Map<String, Column> columns();

    /** The resolver class of both roots; its {@code @RolesAllowed} rules them on both paths. */
    Class<?> api();

    /**
     * The caller's page for the coerced arguments of {@code projects}. Throws on any argument the resolver path
     * would refuse (the request then goes to the resolver path, which refuses it with its code).
     */
    Page page(Map<String, Object> arguments);

    /** The caller's query for {@code project(id)}; throws on an id the resolver path would refuse. */
    Page byId(Object id);

    /** The cursor of a page row: the sort value is column {@code column} of {@code row}. */
    String cursor(Page page, ResultSet row, int column, UUID id) throws SQLException;

    /**
     * WHERE of the page and of its count (without the cursor), with {@code :named} parameters (a list expands to
     * {@code (?, …)}), ORDER BY, the sort column, and how many rows the page shows ({@code size}; one more is read to
     * tell whether there is a next page).
     */
    record Page(String where, Map<String, Object> params, String countWhere, Map<String, Object> countParams,
                String orderBy, String sortColumn, String sortField, int size) {
    }
}
