package org.egov.itpm.organisation;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Map;
import org.egov.itpm.common.readpath.Column;
import org.egov.itpm.common.readpath.ListRoot;
import org.egov.itpm.common.readpath.ReadPathContribution;
import org.egov.itpm.common.readpath.Relation;

/**
 * Organisations and regions for the compiled read path (ADR 0016): the roots {@code organisations} and
 * {@code regions} (every row, the resolver's order), and Organisation's columns for the relations that name one.
 */
@ApplicationScoped
public class OrganisationReadPath implements ReadPathContribution {

    /** The table-backed fields of Organisation over table {@code organisation}. */
    public static final Map<String, Column> COLUMNS = Map.of("id", Column.text("id"),
            "creditCode", Column.text("credit_code"), "name", Column.text("name"),
            "regionCode", Column.text("region_code"), "kind", Column.text("kind"));

    private static final Map<String, Column> REGION = Map.of("code", Column.text("code"),
            "name", Column.text("name"), "parentCode", Column.text("parent_code"), "level", Column.text("level"));

    @Override
    public List<Relation> relations() {
        return List.of();
    }

    @Override
    public List<ListRoot> roots() {
        return List.of(new Everything("organisations", "Organisation", COLUMNS, "organisation o", "o",
                        "o.region_code, o.name, o.id"),
                new Everything("regions", "Region", REGION, "region g", "g", "g.code"));
    }

    /** A reference list: every row of one table, in {@link OrganisationService}'s order. */
    private record Everything(String field, String type, Map<String, Column> columns, String from, String alias,
                              String orderBy) implements ListRoot {

        @Override
        public Class<?> api() {
            return OrganisationGraphQLApi.class;
        }

        @Override
        public Rows rows(Map<String, Object> arguments) {
            return Rows.all(orderBy);
        }
    }
}
