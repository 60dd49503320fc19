package org.egov.itpm.platform.graphql.compiled;

import jakarta.inject.Singleton;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.egov.itpm.common.readpath.Column;
import org.egov.itpm.common.readpath.ListRoot;
import org.egov.itpm.common.readpath.ProjectReadRoot;
import org.egov.itpm.common.readpath.ReadPathContribution;
import org.egov.itpm.common.readpath.Relation;

/** What the compiled path can serve: the project roots, every feature's list roots and relations, with their role rules (a singleton: its fields are read directly, never through a client proxy). */
@Singleton
class ReadCatalogue {

    /** A compiled relation with the roles its resolver allows. */
    record Rule(Relation relation, Optional<Set<String>> roles) {
    }

    final ProjectReadRoot root;
    final Map<String, Optional<Set<String>>> rootRoles = new HashMap<>();
    private final Map<String, Map<String, Rule>> relations = new HashMap<>();
    private final Map<String, Map<String, Column>> columns = new HashMap<>();
    private final Map<String, ListRoot> lists = new HashMap<>();

    @Inject
    ReadCatalogue(ProjectReadRoot root, Instance<ReadPathContribution> contributions) {
        this.root = root;
        rootRoles.put("projects", FieldRules.rolesOf(root.api(), "projects"));
        rootRoles.put("project", FieldRules.rolesOf(root.api(), "project"));
        columns.put(ProjectReadRoot.TYPE, root.columns());
        for (ReadPathContribution contribution : contributions) {
            for (Relation r : contribution.relations()) {
                Rule previous = relations.computeIfAbsent(r.parentType(), t -> new HashMap<>())
                        .put(r.field(), new Rule(r, FieldRules.rolesOf(r.api(), r.method())));
                if (previous != null) {
                    throw new IllegalStateException(r.parentType() + "." + r.field() + " is contributed twice");
                }
                columns.put(r.type(), r.columns());
            }
        }
        for (ReadPathContribution contribution : contributions) {
            contribution.roots().forEach(this::add);
        }
    }

    private void add(ListRoot list) {
        if (rootRoles.containsKey(list.field())) {
            throw new IllegalStateException("root " + list.field() + " is contributed twice");
        }
        Map<String, Column> known = columns.putIfAbsent(list.type(), list.columns());
        if (known != null && !known.equals(list.columns())) {
            throw new IllegalStateException(list.type() + " is contributed with two sets of columns");
        }
        rootRoles.put(list.field(), FieldRules.rolesOfQuery(list.api(), list.field()));
        lists.put(list.field(), list);
    }

    /** The list root {@code field}, or null when it is not one. */
    ListRoot list(String field) {
        return lists.get(field);
    }

    Map<String, Column> columnsOf(String type) {
        return columns.getOrDefault(type, Map.of());
    }

    Rule relation(String parentType, String field) {
        return relations.getOrDefault(parentType, Map.of()).get(field);
    }
}
