package org.egov.itpm.compliance;

import static java.util.Map.entry;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.egov.itpm.common.readpath.Column;
import org.egov.itpm.common.readpath.Format;
import org.egov.itpm.common.readpath.ListRoot;
import org.egov.itpm.common.readpath.ReadPathContribution;
import org.egov.itpm.common.readpath.Relation;
import org.egov.itpm.common.readpath.RootArguments;
import org.egov.itpm.project.ProjectScope;

/**
 * Recorded findings for the compiled read path (ADR 0016), with the same rows, order and rules as the resolver: of a
 * project (oldest first), and the root {@code findings} over the caller's scope (newest first, filtered, limited).
 */
@ApplicationScoped
public class FindingReadPath implements ReadPathContribution {

    private static final Map<String, Column> COLUMNS = Map.ofEntries(entry("id", Column.text("id")),
            entry("projectId", Column.text("project_id")), entry("key", Column.text("key")),
            entry("code", Column.text("code")), entry("severity", Column.text("severity")),
            entry("messageEn", Column.text("message_en")), entry("messageZh", Column.text("message_zh")),
            entry("raisedAt", Column.instant("raised_at")), entry("resolvedAt", Column.instant("resolved_at")),
            entry("open", new Column("({t}.resolved_at is null)", Format.LITERAL)),
            entry("origin", Column.text("origin")), entry("raisedBy", Column.text("raised_by")));

    private final ProjectScope scope;

    @Inject
    public FindingReadPath(ProjectScope scope) {
        this.scope = scope;
    }

    @Override
    public List<Relation> relations() {
        return List.of(Relation.list("Project", "findings", "RecordedFinding", "finding", "project_id",
                List.of("raised_at", "id"), COLUMNS, ComplianceGraphQLApi.class, "findings"));
    }

    @Override
    public List<ListRoot> roots() {
        return List.of(new Search());
    }

    /** {@link ComplianceGraphQLApi#findingsList} and {@link FindingService#search}, rendered as SQL. */
    private final class Search implements ListRoot {

        @Override
        public String field() {
            return "findings";
        }

        @Override
        public String type() {
            return "RecordedFinding";
        }

        @Override
        public Map<String, Column> columns() {
            return COLUMNS;
        }

        @Override
        public Class<?> api() {
            return ComplianceGraphQLApi.class;
        }

        @Override
        public String from() {
            return "finding f join project p on p.id = f.project_id";
        }

        @Override
        public String alias() {
            return "f";
        }

        @Override
        public Rows rows(Map<String, Object> arguments) {
            Object requested = arguments.get("first");
            int first = RootArguments.size(requested == null ? 100 : requested, 500);
            FindingFilter filter = RootArguments.convert(arguments.get("filter"), FindingFilter.class);
            ProjectScope.Clause visible = scope.sqlClause();
            RootArguments.Where where = RootArguments.where(visible.jpql(), visible.params());
            if (filter != null) {
                if (filter.open != null) {
                    where.and(filter.open ? "f.resolved_at is null" : "f.resolved_at is not null");
                }
                where.and("f.severity = :severity", "severity", filter.severity)
                        .and("f.code = :code", "code", filter.code)
                        .and("f.pack_id = :packId", "packId", filter.packId);
            }
            return where.rows("f.raised_at desc, f.id", first);
        }
    }
}
