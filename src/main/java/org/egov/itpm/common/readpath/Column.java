package org.egov.itpm.common.readpath;

/**
 * A GraphQL field served by one SQL expression over the row of its type; {@code {t}} in {@code sql} stands for the
 * table's alias.
 */
public record Column(String sql, Format format) {

    public static Column text(String column) {
        return new Column("{t}." + column, Format.TEXT);
    }

    public static Column literal(String column) {
        return new Column("{t}." + column, Format.LITERAL);
    }

    public static Column date(String column) {
        return new Column("{t}." + column, Format.DATE);
    }

    public static Column instant(String column) {
        return new Column("{t}." + column, Format.INSTANT);
    }
}
