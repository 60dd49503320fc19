package org.egov.itpm.platform.graphql.compiled;

import graphql.language.OperationDefinition;
import graphql.normalized.ExecutableNormalizedField;
import graphql.normalized.ExecutableNormalizedOperation;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.egov.itpm.common.readpath.Column;
import org.egov.itpm.common.readpath.ListRoot;
import org.egov.itpm.common.readpath.ProjectReadRoot;
import org.egov.itpm.platform.graphql.compiled.Plan.Kind;
import org.egov.itpm.platform.graphql.compiled.Plan.Part;

/**
 * Compiles a normalised selection (variables coerced, fragments and aliases merged) of {@code projects},
 * {@code project} or a feature's list root into a {@link Plan}, or says it cannot ({@link NotCompilable}): a field
 * without a column or relation, with arguments, or whose resolver's role rule does not let the caller read it.
 */
final class SelectionCompiler {

    /** The selection is left to the resolver path. */
    static final class NotCompilable extends RuntimeException {
        NotCompilable(String why) {
            super(why, null, false, false);
        }
    }

    private final ReadCatalogue catalogue;
    private final Set<String> roles;
    private final List<String> nodes = new ArrayList<>();
    private int aliases;

    private SelectionCompiler(ReadCatalogue catalogue, Set<String> roles) {
        this.catalogue = catalogue;
        this.roles = roles;
    }

    static Plan compile(ExecutableNormalizedOperation operation, ReadCatalogue catalogue, Set<String> roles) {
        if (operation.getOperation() != OperationDefinition.Operation.QUERY
                || operation.getTopLevelFields().size() != 1) {
            throw new NotCompilable("one query field");
        }
        ExecutableNormalizedField root = operation.getTopLevelFields().get(0);
        String name = root.getName();
        if (!catalogue.rootRoles.containsKey(name) || !FieldRules.allows(catalogue.rootRoles.get(name), roles)) {
            throw new NotCompilable("root " + name);
        }
        SelectionCompiler compiler = new SelectionCompiler(catalogue, roles);
        ListRoot list = catalogue.list(name);
        if (list != null) {
            compiler.nodes.add(compiler.object(root, list.type(), list.alias()));
            return new Plan(name, root.getResultKey(), List.copyOf(compiler.nodes), List.of());
        }
        List<Part> parts = name.equals("projects") ? compiler.connection(root) : List.of();
        if (name.equals("project")) {
            compiler.nodes.add(compiler.object(root, ProjectReadRoot.TYPE, "p"));
        }
        return new Plan(name, root.getResultKey(), List.copyOf(compiler.nodes), parts);
    }

    private List<Part> connection(ExecutableNormalizedField connection) {
        return parts(connection, "ProjectConnection", child -> switch (child.getName()) {
            case "totalCount" -> new Part(child.getResultKey(), Kind.TOTAL_COUNT, List.of(), -1, null);
            case "edges" -> new Part(child.getResultKey(), Kind.EDGES, edge(child), -1, null);
            case "pageInfo" -> new Part(child.getResultKey(), Kind.PAGE_INFO, pageInfo(child), -1, null);
            default -> throw new NotCompilable("ProjectConnection." + child.getName());
        });
    }

    private List<Part> edge(ExecutableNormalizedField edge) {
        return parts(edge, "ProjectEdge", child -> switch (child.getName()) {
            case "cursor" -> new Part(child.getResultKey(), Kind.CURSOR, List.of(), -1, null);
            case "node" -> {
                nodes.add(object(child, ProjectReadRoot.TYPE, "p"));
                yield new Part(child.getResultKey(), Kind.NODE, List.of(), nodes.size() - 1, null);
            }
            default -> throw new NotCompilable("ProjectEdge." + child.getName());
        });
    }

    private List<Part> pageInfo(ExecutableNormalizedField pageInfo) {
        return parts(pageInfo, "PageInfo", child -> switch (child.getName()) {
            case "endCursor" -> new Part(child.getResultKey(), Kind.END_CURSOR, List.of(), -1, null);
            case "hasNextPage" -> new Part(child.getResultKey(), Kind.HAS_NEXT_PAGE, List.of(), -1, null);
            default -> throw new NotCompilable("PageInfo." + child.getName());
        });
    }

    private List<Part> parts(ExecutableNormalizedField field, String type,
                             java.util.function.Function<ExecutableNormalizedField, Part> part) {
        List<Part> parts = new ArrayList<>();
        for (ExecutableNormalizedField child : children(field, type)) {
            parts.add(child.getName().equals("__typename")
                    ? new Part(child.getResultKey(), Kind.TYPENAME, List.of(), -1, type) : part.apply(child));
        }
        return parts;
    }

    /** The JSON text of one row of {@code type} (alias {@code alias}) with the selected fields, in order. */
    private String object(ExecutableNormalizedField field, String type, String alias) {
        StringBuilder sql = new StringBuilder("(");
        boolean first = true;
        for (ExecutableNormalizedField child : children(field, type)) {
            sql.append(first ? "" : " || ").append(JsonSql.literal((first ? "{" : ",") + "\"" + child.getResultKey()
                    + "\":")).append(" || ").append(value(child, type, alias));
            first = false;
        }
        return sql.append(" || '}')").toString();
    }

    private String value(ExecutableNormalizedField child, String type, String alias) {
        if (child.getName().equals("__typename")) {
            return JsonSql.literal("\"" + type + "\"");
        }
        Column column = catalogue.columnsOf(type).get(child.getName());
        if (column != null) {
            return JsonSql.value(column, alias);
        }
        ReadCatalogue.Rule rule = catalogue.relation(type, child.getName());
        if (rule == null || !FieldRules.allows(rule.roles(), roles)) {
            throw new NotCompilable(type + "." + child.getName());
        }
        var r = rule.relation();
        String a = "t" + (++aliases);
        String object = object(child, r.type(), a);
        String from = " from " + r.table() + " " + a + " where " + a + "." + r.childKey() + " = " + alias + "."
                + r.parentKey();
        if (r.single()) {
            return "coalesce((select " + object + from + "), 'null')";
        }
        String order = r.orderBy().stream().map(c -> a + "." + c).collect(Collectors.joining(", "));
        return "(select '[' || coalesce(string_agg(" + object + ", ','" + (order.isEmpty() ? "" : " order by " + order)
                + "), '') || ']'" + from + ")";
    }

    private static List<ExecutableNormalizedField> children(ExecutableNormalizedField field, String type) {
        if (!field.getResolvedArguments().isEmpty() && field.getParent() != null) {
            throw new NotCompilable(field.getName() + " has arguments");
        }
        List<ExecutableNormalizedField> children = field.getChildren();
        if (children.isEmpty()) {
            throw new NotCompilable(field.getName() + " selects nothing");
        }
        for (ExecutableNormalizedField child : children) {
            if (!child.getObjectTypeNames().equals(Set.of(type))) {
                throw new NotCompilable(field.getName() + " is not of one object type");
            }
            if (!child.getResolvedArguments().isEmpty()) {
                throw new NotCompilable(child.getName() + " has arguments");
            }
        }
        return children;
    }
}
