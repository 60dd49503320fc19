package org.egov.itpm.oversight;

import static java.util.Map.entry;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.egov.itpm.common.Ids;
import org.egov.itpm.common.readpath.Column;
import org.egov.itpm.common.readpath.ListRoot;
import org.egov.itpm.common.readpath.ReadPathContribution;
import org.egov.itpm.common.readpath.Relation;
import org.egov.itpm.common.readpath.RootArguments;
import org.egov.itpm.project.ProjectScope;

/**
 * The root {@code rectificationOrders} for the compiled read path (ADR 0016): {@link RectificationReads#search} as
 * SQL, over the order's own columns. Its history, escalations and citation stay on the resolver path (the citation's
 * text and an escalation's effect come from the pack and policy code; the history's document ids are a second table
 * per step).
 */
@ApplicationScoped
public class RectificationReadPath implements ReadPathContribution, ListRoot {

    private static final Map<String, Column> ORDER = Map.ofEntries(entry("id", Column.text("id")),
            entry("projectId", Column.text("project_id")), entry("kind", Column.text("kind")),
            entry("state", Column.text("state")), entry("text", Column.text("text")),
            entry("severity", Column.text("severity")), entry("issuedOn", Column.date("issued_on")),
            entry("dueOn", Column.date("due_on")), entry("reportedOn", Column.date("reported_on")),
            entry("issuedBy", Column.text("issued_by")), entry("issuerOrgCode", Column.text("issuer_org_code")));

    private final ProjectScope scope;

    @Inject
    public RectificationReadPath(ProjectScope scope) {
        this.scope = scope;
    }

    @Override
    public List<Relation> relations() {
        return List.of();
    }

    @Override
    public List<ListRoot> roots() {
        return List.of(this);
    }

    @Override
    public String field() {
        return "rectificationOrders";
    }

    @Override
    public String type() {
        return "RectificationOrder";
    }

    @Override
    public Map<String, Column> columns() {
        return ORDER;
    }

    @Override
    public Class<?> api() {
        return RectificationGraphQLApi.class;
    }

    @Override
    public String from() {
        return "rectification_order r join project p on p.id = r.project_id";
    }

    @Override
    public String alias() {
        return "r";
    }

    /** The same defaults, checks and conditions as {@link RectificationGraphQLApi#rectificationOrders}. */
    @Override
    public Rows rows(Map<String, Object> arguments) {
        Object first = arguments.get("first");
        int size = RootArguments.size(first == null ? 100 : first, 500);
        OrderFilter filter = RootArguments.convert(arguments.get("filter"), OrderFilter.class);
        ProjectScope.Clause visible = scope.sqlClause();
        RootArguments.Where where = RootArguments.where(visible.jpql(), visible.params());
        if (filter != null) {
            where.and("r.state = :state", "state", filter.state).and("r.kind = :kind", "kind", filter.kind);
            if (filter.open != null) {
                where.and(filter.open ? "r.state <> 'ACCEPTED'" : "r.state = 'ACCEPTED'");
            }
            if (filter.projectId != null) {
                where.and("r.project_id = :projectId", "projectId", Ids.parse("filter.projectId", filter.projectId));
            }
        }
        return where.rows("r.due_on nulls last, r.created_at, r.id", size);
    }
}
