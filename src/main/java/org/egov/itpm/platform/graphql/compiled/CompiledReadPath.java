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
import io.vertx.core.buffer.Buffer;
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
import org.egov.itpm.common.NamedParameters;
import org.egov.itpm.common.TextInput;
import org.egov.itpm.common.readpath.ListRoot;
import org.egov.itpm.common.readpath.ProjectReadRoot.Page;
import org.egov.itpm.platform.graphql.InputLimitInstrumentation;
import org.egov.itpm.platform.graphql.QueryBudget;
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
    /** Smaller: a normalised nested selection holds some tens of kB, and the heap is 160 MB in production. */
    private static final int OPERATIONS_CACHE_SIZE = 128;
    private static final Object NOT_COMPILABLE = new Object();
    private static final com.fasterxml.jackson.databind.ObjectMapper VARIABLES =
            new com.fasterxml.jackson.databind.ObjectMapper();

    private final ReadCatalogue catalogue;
    private final GraphQLSchema schema;
    private final DataSource dataSource;
    private final ItpmConfig config;
    private final QueryBudget.Limits limits;
    private final long maxComplexity;
    private final int maxDepth;
    private final Map<String, Optional<Document>> documents = new ConcurrentHashMap<>();
    private final Map<String, Object> plans = new ConcurrentHashMap<>();
    private final Map<String, Optional<ExecutableNormalizedOperation>> operations = new ConcurrentHashMap<>();
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
    Optional<Buffer> answer(String query, String operationName, Map<String, Object> variables, Set<String> roles) {
        Optional<Document> document = documents.computeIfAbsent(query, this::parseAndCheck);
        if (documents.size() > CACHE_SIZE) {
            documents.clear();
        }
        if (document.isEmpty() || hasNul(variables)) {
            return Optional.empty();
        }
        String normalisedKey = query + '\u0000' + operationName + '\u0000' + variablesKey(variables);
        Optional<ExecutableNormalizedOperation> normalised = operations.get(normalisedKey);
        if (normalised == null) {
            normalised = normalise(document.get(), operationName, variables);
            if (operations.size() >= OPERATIONS_CACHE_SIZE) {
                operations.clear();
            }
            operations.put(normalisedKey, normalised);
        }
        if (normalised.isEmpty()) {
            return Optional.empty();
        }
        ExecutableNormalizedOperation operation = normalised.get();
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

    /**
     * The selection tree with the variables coerced, or empty when the engine refuses the variables or the depth.
     * Kept per (document, operation, variables): building it coerces the variables and walks every field of the
     * document, the same work for every request of a bench or a frontend page.
     */
    private Optional<ExecutableNormalizedOperation> normalise(Document document, String operationName,
                                                              Map<String, Object> variables) {
        ExecutableNormalizedOperation operation;
        try {
            // coerced first, as the engine does: the raw-variables factory turns values back into literals, which
            // SmallRye's number scalars refuse for a string such as "1000000"
            var definition = graphql.language.NodeUtil.getOperation(document, operationName).operationDefinition;
            var coerced = graphql.execution.ValuesResolver.coerceVariableValues(schema,
                    definition.getVariableDefinitions(), RawVariables.of(variables == null ? Map.of() : variables),
                    graphql.GraphQLContext.getDefault(), java.util.Locale.getDefault());
            operation = ExecutableNormalizedOperationFactory.createExecutableNormalizedOperation(schema,
                    document, operationName, coerced);
        } catch (RuntimeException e) {
            return Optional.empty(); // variables the engine refuses, or no such operation
        }
        return depth(operation.getTopLevelFields()) > maxDepth ? Optional.empty() // the engine's depth limit
                : Optional.of(operation);
    }

    /** The variables as JSON text: unambiguous, unlike {@code Map.toString()}, so equal texts mean equal values. */
    private static String variablesKey(Map<String, Object> variables) {
        if (variables == null || variables.isEmpty()) {
            return "{}";
        }
        try {
            return VARIABLES.writeValueAsString(variables);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalArgumentException("variables that are not JSON", e);
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

    private Optional<Buffer> run(Plan plan, Page page) throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            if (plan.root().equals("project")) {
                Rows rows = rows(connection, plan, page, false);
                return rows.list.isEmpty() ? Optional.empty() // NOT_FOUND is the resolver path's to say
                        : Optional.of(ConnectionWriter.single(plan.resultKey(), rows.list.get(0).nodes()[0]));
            }
            Rows rows = plan.needsRows() ? rows(connection, plan, page, plan.needsCount()) : Rows.NONE;
            long count = rows.count >= 0 || !plan.needsCount() ? rows.count : count(connection, page);
            return Optional.of(ConnectionWriter.connection(plan, rows.list, page.size(), count));
        }
    }

    /** The page rows and, when asked for and the page is not empty, the count read by the same statement. */
    private record Rows(List<ConnectionWriter.Row> list, long count) {
        static final Rows NONE = new Rows(List.of(), -1);
    }

    /**
     * One statement: the sort value, the id, the scope's count when {@code withCount} (an uncorrelated subselect,
     * which PostgreSQL runs once), and each node's JSON text read as PostgreSQL's UTF-8 bytes, never decoded.
     */
    private Rows rows(Connection connection, Plan plan, Page page, boolean withCount) throws SQLException {
        Map<String, Object> merged = withCount ? merged(page.params(), page.countParams()) : null;
        boolean counted = merged != null;
        StringBuilder sql = new StringBuilder("select ").append(page.sortColumn()).append(", p.id, ")
                .append(counted ? "(select count(*) from project p" + page.countWhere() + ")" : "-1");
        for (String node : plan.nodes()) {
            sql.append(", ").append(node);
        }
        sql.append(" from project p").append(page.where()).append(page.orderBy()).append(" limit ")
                .append(page.size() + 1);
        NamedParameters bound = NamedParameters.bind(sql.toString(), counted ? merged : page.params());
        List<ConnectionWriter.Row> rows = new ArrayList<>(page.size() + 1);
        long count = -1;
        try (PreparedStatement statement = prepare(connection, bound); ResultSet rs = statement.executeQuery()) {
            while (rs.next()) {
                UUID id = rs.getObject(2, UUID.class);
                count = rs.getLong(3);
                byte[][] nodes = new byte[plan.nodes().size()][];
                for (int i = 0; i < nodes.length; i++) {
                    nodes[i] = rs.getBytes(4 + i);
                }
                rows.add(new ConnectionWriter.Row(
                        page.sortField() == null ? null : catalogue.root.cursor(page, rs, 1, id), nodes));
            }
        }
        return new Rows(rows, counted ? count : -1);
    }

    /** The page's and the count's parameters as one map, or null when a name means different values in each. */
    private static Map<String, Object> merged(Map<String, Object> page, Map<String, Object> count) {
        Map<String, Object> all = new java.util.HashMap<>(page);
        for (var e : count.entrySet()) {
            if (all.containsKey(e.getKey()) && !java.util.Objects.equals(all.get(e.getKey()), e.getValue())) {
                return null;
            }
            all.put(e.getKey(), e.getValue());
        }
        return all;
    }

    private long count(Connection connection, Page page) throws SQLException {
        NamedParameters bound = NamedParameters.bind("select count(*) from project p" + page.countWhere(),
                page.countParams());
        try (PreparedStatement statement = prepare(connection, bound); ResultSet rs = statement.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /** A feature's list root: one statement, its rows' JSON (read as bytes) joined into the list. */
    private Optional<Buffer> answerList(Plan plan, ListRoot list, Map<String, Object> arguments) {
        ListRoot.Rows rows;
        try {
            rows = list.rows(arguments);
        } catch (RuntimeException e) {
            return Optional.empty(); // an argument the resolver path refuses with its code
        }
        String sql = "select " + plan.nodes().get(0) + " from " + list.from() + rows.where() + " order by "
                + rows.orderBy() + (rows.limit() < 0 ? "" : " limit " + rows.limit());
        Buffer out = Buffer.buffer(4096).appendString("{\"data\":{\"").appendString(plan.resultKey())
                .appendString("\":[");
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = prepare(connection, NamedParameters.bind(sql, rows.params()));
             ResultSet rs = statement.executeQuery()) {
            for (boolean first = true; rs.next(); first = false) {
                if (!first) {
                    out.appendByte((byte) ',');
                }
                out.appendBytes(rs.getBytes(1));
            }
        } catch (SQLException | RuntimeException e) {
            LOG.debugf(e, "%s compiled read path failed; the resolver path answers", LogEvent.COMPILED_READ_FALLBACK);
            return Optional.empty();
        }
        return Optional.of(out.appendString("]}}"));
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
