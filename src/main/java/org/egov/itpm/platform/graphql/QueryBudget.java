package org.egov.itpm.platform.graphql;

import graphql.language.Definition;
import graphql.language.Document;
import graphql.language.Field;
import graphql.language.FragmentDefinition;
import graphql.language.FragmentSpread;
import graphql.language.InlineFragment;
import graphql.language.OperationDefinition;
import graphql.language.Selection;
import graphql.language.SelectionSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * What a GraphQL document will really cost, measured on the parsed document before validation: the number of fields
 * once every fragment spread is expanded (a 900-byte document of fragments spreading each other twice expands to
 * millions), aliases, fragments and operations. Each fragment is measured once (memoised) and the counts saturate, so
 * measuring is linear in the document's size whatever it expands to.
 */
public final class QueryBudget {

    /** The most a document may expand to; configurable (docs/errors.md, QUERY_TOO_COMPLEX). */
    public record Limits(long maxFields, int maxAliases, int maxFragments, int maxOperations) {
    }

    /** What a document costs. {@code fields} is capped at {@link #SATURATED}. */
    public record Usage(long fields, int aliases, int fragments, int operations) {

        /** The first limit exceeded, in words, or null when the document is within every limit. */
        public String exceeded(Limits limits) {
            if (fields > limits.maxFields()) {
                return "the query expands to " + (fields >= SATURATED ? "more than " + SATURATED : fields)
                        + " fields after fragment expansion; the limit is " + limits.maxFields();
            }
            if (aliases > limits.maxAliases()) {
                return "the query has " + aliases + " aliases; the limit is " + limits.maxAliases();
            }
            if (fragments > limits.maxFragments()) {
                return "the query defines " + fragments + " fragments; the limit is " + limits.maxFragments();
            }
            if (operations > limits.maxOperations()) {
                return "the document has " + operations + " operations; the limit is " + limits.maxOperations();
            }
            return null;
        }
    }

    static final long SATURATED = 1_000_000_000L;

    /** The limits as configured (itpm.graphql.max-*), for every path that runs a document. */
    public static Limits configuredLimits() {
        var config = org.eclipse.microprofile.config.ConfigProvider.getConfig();
        return new Limits(config.getOptionalValue("itpm.graphql.max-fields", Long.class).orElse(2000L),
                config.getOptionalValue("itpm.graphql.max-aliases", Integer.class).orElse(200),
                config.getOptionalValue("itpm.graphql.max-fragments", Integer.class).orElse(100),
                config.getOptionalValue("itpm.graphql.max-operations", Integer.class).orElse(20));
    }

    private final Map<String, FragmentDefinition> fragments = new HashMap<>();
    private final Map<String, Long> expanded = new HashMap<>();
    private final Set<String> measuring = new HashSet<>();
    private int aliases;

    private QueryBudget(Document document) {
        for (Definition<?> d : document.getDefinitions()) {
            if (d instanceof FragmentDefinition f) {
                fragments.putIfAbsent(f.getName(), f);
            }
        }
    }

    public static Usage measure(Document document) {
        QueryBudget budget = new QueryBudget(document);
        long fields = 0;
        int operations = 0;
        for (Definition<?> d : document.getDefinitions()) {
            if (d instanceof OperationDefinition op) {
                operations++;
                fields = add(fields, budget.fieldsOf(op.getSelectionSet()));
            } else if (d instanceof FragmentDefinition f) {
                // every fragment is validated, spread or not
                fields = add(fields, budget.fragment(f.getName()));
            }
        }
        budget.countAliases(document);
        return new Usage(fields, budget.aliases, budget.fragments.size(), operations);
    }

    private long fieldsOf(SelectionSet set) {
        if (set == null) {
            return 0;
        }
        long total = 0;
        for (Selection<?> s : set.getSelections()) {
            if (s instanceof Field f) {
                total = add(total, add(1, fieldsOf(f.getSelectionSet())));
            } else if (s instanceof InlineFragment i) {
                total = add(total, fieldsOf(i.getSelectionSet()));
            } else if (s instanceof FragmentSpread spread) {
                total = add(total, fragment(spread.getName()));
            }
        }
        return total;
    }

    private long fragment(String name) {
        Long known = expanded.get(name);
        if (known != null) {
            return known;
        }
        FragmentDefinition f = fragments.get(name);
        if (f == null || !measuring.add(name)) {
            return 0; // unknown fragment or a cycle: validation reports both
        }
        long fields = fieldsOf(f.getSelectionSet());
        measuring.remove(name);
        expanded.put(name, fields);
        return fields;
    }

    private void countAliases(Document document) {
        document.getDefinitions().forEach(d -> {
            if (d instanceof OperationDefinition op) {
                countAliases(op.getSelectionSet());
            } else if (d instanceof FragmentDefinition f) {
                countAliases(f.getSelectionSet());
            }
        });
    }

    private void countAliases(SelectionSet set) {
        if (set == null) {
            return;
        }
        for (Selection<?> s : set.getSelections()) {
            if (s instanceof Field f) {
                if (f.getAlias() != null) {
                    aliases++;
                }
                countAliases(f.getSelectionSet());
            } else if (s instanceof InlineFragment i) {
                countAliases(i.getSelectionSet());
            }
        }
    }

    private static long add(long a, long b) {
        long sum = a + b;
        return sum >= SATURATED || sum < 0 ? SATURATED : sum;
    }
}
