package org.egov.itpm.platform.graphql.compiled;

import org.egov.itpm.common.LogEvent;
import graphql.ParseAndValidate;
import graphql.ParseAndValidateResult;
import graphql.ExecutionInput;
import graphql.execution.RawVariables;
import graphql.language.Directive;
import graphql.language.Document;
import graphql.language.Node;
import graphql.language.NodeTraverser;
import graphql.language.NodeVisitorStub;
import graphql.normalized.ExecutableNormalizedOperation;
import graphql.normalized.ExecutableNormalizedOperationFactory;
import graphql.schema.GraphQLSchema;
import graphql.util.TraversalControl;
import graphql.util.TraverserContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import javax.sql.DataSource;
import org.egov.itpm.common.ItpmConfig;
import org.egov.itpm.common.TextInput;
import org.egov.itpm.common.readpath.ListRoot;
import org.egov.itpm.common.readpath.ProjectReadRoot.Page;
import org.egov.itpm.platform.graphql.InputLimitInstrumentation;
import org.egov.itpm.platform.graphql.QueryBudget;
import org.egov.itpm.platform.graphql.compiled.Plan.Kind;
import org.egov.itpm.platform.graphql.compiled.Plan.Part;
import org.jboss.logging.Logger;

/**
 * Answers a GraphQL query with PostgreSQL's JSON when it can (ADR 0016), else says so and the resolver path runs.
 * It never answers with an error: invalid documents, refused limits, bad arguments, a caller without the role,
 * a project not found and database failures all go to the resolver path, which answers them with their codes.
 */
@ApplicationScoped
public class CompiledReadPath {

    private static final Logger LOG = Logger.getLogger(CompiledReadPath.class);
    private static final int CACHE_SIZE = 512;
    private static final Object NOT_COMPILABLE = new Object();

    private final ReadCatalogue catalogue;
    private final GraphQLSchema schema;
    private final DataSource dataSource;
    private final ItpmConfig config;
    private final QueryBudget.Limits limits;
    private final long maxComplexity;
    private final int maxDepth;
    private final Map<String, Optional<Document>> documents = new ConcurrentHashMap<>();
    private final Map<String, Object> plans = new ConcurrentHashMap<>();
    private final AtomicLong statements = new AtomicLong();

    @Inject
    CompiledReadPath(ReadCatalogue catalogue, GraphQLSchema schema, DataSource dataSource, ItpmConfig config,
                     @org.eclipse.microprofile.config.inject.ConfigProperty(
                             name = "quarkus.smallrye-graphql.instrumentation-query-complexity",
                             defaultValue = "2000") long maxComplexity,
                     @org.eclipse.microprofile.config.inject.ConfigProperty(
                             name = "quarkus.smallrye-graphql.instrumentation-query-depth",
                             defaultValue = "12") int maxDepth) {
        this.catalogue = catalogue;
        this.schema = schema;
        this.dataSource = dataSource;
        this.config = config;
        this.limits = QueryBudget.configuredLimits();
        this.maxComplexity = maxComplexity;
        this.maxDepth = maxDepth;
    }

    /** SQL statements this path has run (the statement-count test reads it). */
    long statementCount() {
        return statements.get();
    }

    /** The response body, or empty when the resolver path must answer. Runs with the caller's request context. */
    Optional<String> answer(String query, String operationName, Map<String, Object> variables, Set<String> roles) {
        Optional<Document> document = documents.computeIfAbsent(query, this::parseAndCheck);
        if (documents.size() > CACHE_SIZE) {
            documents.clear();
        }
        if (document.isEmpty() || hasNul(variables)) {
            return Optional.empty();
        }
        ExecutableNormalizedOperation operation;
        try {
            // coerced first, as the engine does: the raw-variables factory turns values back into literals, which
            // SmallRye's number scalars refuse for a string such as "1000000"
            var definition = graphql.language.NodeUtil.getOperation(document.get(), operationName).operationDefinition;
            var coerced = graphql.execution.ValuesResolver.coerceVariableValues(schema,
                    definition.getVariableDefinitions(), RawVariables.of(variables == null ? Map.of() : variables),
                    graphql.GraphQLContext.getDefault(), java.util.Locale.getDefault());
            operation = ExecutableNormalizedOperationFactory.createExecutableNormalizedOperation(schema,
                    document.get(), operationName, coerced);
        } catch (RuntimeException e) {
            return Optional.empty(); // variables the engine refuses, or no such operation
        }
        if (depth(operation.getTopLevelFields()) > maxDepth) {
            return Optional.empty(); // the engine's depth limit refuses it
        }
        String key = query + '\u0000' + operationName + '\u0000' + new TreeSet<>(roles);
        Object compiled = plans.computeIfAbsent(key, k -> compile(operation, roles));
        if (plans.size() > CACHE_SIZE) {
            plans.clear();
        }
        if (compiled == NOT_COMPILABLE) {
            return Optional.empty();
        }
        Plan plan = (Plan) compiled;
        var root = operation.getTopLevelFields().get(0);
        Map<String, Object> arguments = root.getResolvedArguments();
        if (!InputLimitInstrumentation.withinLimits(schema.getQueryType().getFieldDefinition(root.getFieldName()), arguments)) {
            return Optional.empty(); // the resolver path refuses it with TOO_LONG / TOO_MANY_ITEMS, naming the field
        }
        ListRoot list = catalogue.list(plan.root());
        if (list != null) {
            return answerList(plan, list, arguments);
        }
        Page page;
        try {
            page = plan.root().equals("projects") ? catalogue.root.page(arguments)
                    : catalogue.root.byId(arguments.get("id"));
        } catch (RuntimeException e) {
            return Optional.empty(); // an argument the resolver path refuses with its code
        }
        try {
            return run(plan, page);
        } catch (SQLException | RuntimeException e) {
            LOG.debugf(e, "%s compiled read path failed; the resolver path answers", LogEvent.COMPILED_READ_FALLBACK);
            return Optional.empty();
        }
    }

    private Object compile(ExecutableNormalizedOperation operation, Set<String> roles) {
        try {
            return SelectionCompiler.compile(operation, catalogue, roles);
        } catch (SelectionCompiler.NotCompilable e) {
            LOG.debugf("%s not compiled: %s", LogEvent.COMPILED_READ_FALLBACK, e.getMessage());
            return NOT_COMPILABLE;
        }
    }

    /** A valid document within every limit the resolver path applies, without directives; else empty. */
    private Optional<Document> parseAndCheck(String query) {
        if (TextInput.hasNul(query) || query.contains("\\u0000")) {
            return Optional.empty();
        }
        ParseAndValidateResult parsed = ParseAndValidate.parse(ExecutionInput.newExecutionInput(query).build());
        if (parsed.isFailure()) {
            return Optional.empty();
        }
        Document document = parsed.getDocument();
        QueryBudget.Usage usage = QueryBudget.measure(document);
        if (usage.exceeded(limits) != null || usage.fields() > maxComplexity || hasDirectives(document)
                || !ParseAndValidate.validate(schema, document).isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(document);
    }

    private static int depth(List<graphql.normalized.ExecutableNormalizedField> fields) {
        int deepest = 0;
        for (var field : fields) {
            deepest = Math.max(deepest, 1 + depth(field.getChildren()));
        }
        return deepest;
    }

    private static boolean hasDirectives(Document document) {
        boolean[] found = {false};
        new NodeTraverser().depthFirst(new NodeVisitorStub() {
            @Override
            public TraversalControl visitDirective(Directive node, TraverserContext<Node> context) {
                found[0] = true;
                return TraversalControl.QUIT;
            }
        }, document);
        return found[0];
    }

    private static boolean hasNul(Object value) {
        if (value instanceof String s) {
            return TextInput.hasNul(s);
        }
        if (value instanceof Map<?, ?> map) {
            return map.keySet().stream().anyMatch(CompiledReadPath::hasNul)
                    || map.values().stream().anyMatch(CompiledReadPath::hasNul);
        }
        if (value instanceof List<?> list) {
            return list.stream().anyMatch(CompiledReadPath::hasNul);
        }
        return false;
    }

    private Optional<String> run(Plan plan, Page page) throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            if (plan.root().equals("project")) {
                List<Row> rows = rows(connection, plan, page);
                return rows.isEmpty() ? Optional.empty() // NOT_FOUND is the resolver path's to say
                        : Optional.of("{\"data\":{\"" + plan.resultKey() + "\":" + rows.get(0).nodes[0] + "}}");
            }
            List<Row> rows = plan.needsRows() ? rows(connection, plan, page) : List.of();
            long count = plan.needsCount() ? count(connection, page) : -1;
            boolean hasNext = rows.size() > page.size();
            List<Row> shown = hasNext ? rows.subList(0, page.size()) : rows;
            StringBuilder out = new StringBuilder(256 + shown.stream().mapToInt(Row::length).sum());
            out.append("{\"data\":{\"").append(plan.resultKey()).append("\":");
            writeObject(out, plan.parts(), shown, count, hasNext, null);
            return Optional.of(out.append("}}").toString());
        }
    }

    private void writeObject(StringBuilder out, List<Part> parts, List<Row> rows, long count, boolean hasNext,
                             Row row) {
        out.append('{');
        for (int i = 0; i < parts.size(); i++) {
            Part part = parts.get(i);
            out.append(i == 0 ? "" : ",").append('"').append(part.key()).append("\":");
            switch (part.kind()) {
                case TOTAL_COUNT -> out.append(count);
                case EDGES -> {
                    out.append('[');
                    for (int r = 0; r < rows.size(); r++) {
                        out.append(r == 0 ? "" : ",");
                        writeObject(out, part.parts(), rows, count, hasNext, rows.get(r));
                    }
                    out.append(']');
                }
                case PAGE_INFO -> writeObject(out, part.parts(), rows, count, hasNext, null);
                case CURSOR -> out.append('"').append(row.cursor).append('"');
                case NODE -> out.append(row.nodes[part.node()]);
                case END_CURSOR -> out.append(rows.isEmpty() ? "null"
                        : "\"" + rows.get(rows.size() - 1).cursor + "\"");
                case HAS_NEXT_PAGE -> out.append(hasNext);
                case TYPENAME -> out.append('"').append(part.typeName()).append('"');
            }
        }
        out.append('}');
    }

    /** One page row: its cursor and the JSON text of each node selection. */
    private record Row(String cursor, String[] nodes) {
        int length() {
            int n = 64;
            for (String node : nodes) {
                n += node.length();
            }
            return n;
        }
    }

    private List<Row> rows(Connection connection, Plan plan, Page page) throws SQLException {
        StringBuilder sql = new StringBuilder("select ").append(page.sortColumn()).append(", p.id");
        for (String node : plan.nodes()) {
            sql.append(", ").append(node);
        }
        sql.append(" from project p").append(page.where()).append(page.orderBy()).append(" limit ")
                .append(page.size() + 1);
        NamedParameters bound = new NamedParameters(sql.toString(), page.params());
        List<Row> rows = new ArrayList<>(page.size() + 1);
        try (PreparedStatement statement = prepare(connection, bound); ResultSet rs = statement.executeQuery()) {
            while (rs.next()) {
                UUID id = rs.getObject(2, UUID.class);
                String[] nodes = new String[plan.nodes().size()];
                for (int i = 0; i < nodes.length; i++) {
                    nodes[i] = rs.getString(3 + i);
                }
                rows.add(new Row(page.sortField() == null ? null : catalogue.root.cursor(page, rs, 1, id), nodes));
            }
        }
        return rows;
    }

    private long count(Connection connection, Page page) throws SQLException {
        NamedParameters bound = new NamedParameters("select count(*) from project p" + page.countWhere(),
                page.countParams());
        try (PreparedStatement statement = prepare(connection, bound); ResultSet rs = statement.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /** A feature's list root: one statement, its rows' JSON joined into the list. */
    private Optional<String> answerList(Plan plan, ListRoot list, Map<String, Object> arguments) {
        ListRoot.Rows rows;
        try {
            rows = list.rows(arguments);
        } catch (RuntimeException e) {
            return Optional.empty(); // an argument the resolver path refuses with its code
        }
        String sql = "select " + plan.nodes().get(0) + " from " + list.from() + rows.where() + " order by "
                + rows.orderBy() + (rows.limit() < 0 ? "" : " limit " + rows.limit());
        StringBuilder out = new StringBuilder("{\"data\":{\"").append(plan.resultKey()).append("\":[");
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = prepare(connection, new NamedParameters(sql, rows.params()));
             ResultSet rs = statement.executeQuery()) {
            for (boolean first = true; rs.next(); first = false) {
                out.append(first ? "" : ",").append(rs.getString(1));
            }
        } catch (SQLException | RuntimeException e) {
            LOG.debugf(e, "%s compiled read path failed; the resolver path answers", LogEvent.COMPILED_READ_FALLBACK);
            return Optional.empty();
        }
        return Optional.of(out.append("]}}").toString());
    }

    private PreparedStatement prepare(Connection connection, NamedParameters bound) throws SQLException {
        PreparedStatement statement = connection.prepareStatement(bound.sql);
        for (int i = 0; i < bound.values.size(); i++) {
            statement.setObject(i + 1, bound.values.get(i));
        }
        statement.setQueryTimeout((int) Math.max(1, config.graphql().executionTimeout().toSeconds()));
        statements.incrementAndGet();
        return statement;
    }
}
