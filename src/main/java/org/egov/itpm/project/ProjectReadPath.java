package org.egov.itpm.project;

import static java.util.Map.entry;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.egov.itpm.common.Ids;
import org.egov.itpm.common.readpath.Column;
import org.egov.itpm.common.readpath.ProjectReadRoot;
import org.egov.itpm.common.readpath.ReadPathContribution;
import org.egov.itpm.common.readpath.Relation;
import org.egov.itpm.common.readpath.RootArguments;
import org.egov.itpm.organisation.OrganisationReadPath;
import org.egov.itpm.project.ProjectOrder.ProjectSortField;

/** The project list and page, their history and owner, for the compiled read path (ADR 0016). */
@ApplicationScoped
public class ProjectReadPath implements ProjectReadRoot, ReadPathContribution {

    private static final Map<String, Column> PROJECT = Map.ofEntries(
            entry("id", Column.text("id")), entry("localCode", Column.text("local_code")),
            entry("nationalCode", Column.text("national_code")), entry("name", Column.text("name")),
            entry("description", Column.text("description")), entry("regionCode", Column.text("region_code")),
            entry("kind", Column.text("kind")), entry("buildType", Column.text("build_type")),
            entry("fundingSource", Column.text("funding_source")),
            entry("parentProjectId", Column.text("parent_project_id")), entry("phaseNo", Column.literal("phase_no")),
            entry("crossDepartment", Column.literal("cross_department")), entry("year", Column.literal("plan_year")),
            entry("estimatedInvestment", Column.literal("estimated_investment")),
            entry("approvedEstimate", Column.literal("approved_estimate")),
            entry("securityBudget", Column.literal("security_budget")),
            entry("plannedStart", Column.date("planned_start")), entry("plannedEnd", Column.date("planned_end")),
            entry("stage", Column.text("stage")),
            entry("stageBeforeSuspension", Column.text("stage_before_suspension")),
            entry("policyPackId", Column.text("policy_pack_id")),
            entry("policyPackVersion", Column.literal("policy_pack_version")),
            entry("appliedOn", Column.date("applied_on")), entry("createdAt", Column.instant("created_at")),
            entry("updatedAt", Column.instant("updated_at")), entry("version", Column.literal("version")));

    private static final Map<String, Column> TRANSITION = Map.of("id", Column.text("id"),
            "seq", Column.literal("seq"), "from", Column.text("from_stage"), "to", Column.text("to_stage"),
            "actor", Column.text("actor"), "at", Column.instant("at"), "effectiveOn", Column.date("effective_on"),
            "reason", Column.text("reason"));

    private final ProjectScope scope;

    @Inject
    public ProjectReadPath(ProjectScope scope) {
        this.scope = scope;
    }

    @Override
    public Map<String, Column> columns() {
        return PROJECT;
    }

    @Override
    public Class<?> api() {
        return ProjectGraphQLApi.class;
    }

    @Override
    public List<Relation> relations() {
        return List.of(
                Relation.list(TYPE, "history", "StageTransition", "stage_transition", "project_id",
                        List.of("seq", "id"), TRANSITION, ProjectGraphQLApi.class, "history"),
                new Relation(TYPE, "owner", "Organisation", "organisation", "id", "owner_org_id", true, List.of(),
                        OrganisationReadPath.COLUMNS, ProjectGraphQLApi.class, "owner"));
    }

    /** The same checks and defaults as {@link ProjectService#page}, rendered as SQL. */
    @Override
    public Page page(Map<String, Object> arguments) {
        Object first = arguments.get("first");
        int size = first == null ? 20 : ((Number) first).intValue();
        if (size < 1 || size > ProjectService.MAX_PAGE) {
            throw new IllegalArgumentException("page size out of range: the resolver path refuses it");
        }
        ProjectFilter filter = RootArguments.convert(arguments.get("filter"), ProjectFilter.class);
        ProjectOrder order = arguments.get("orderBy") == null ? new ProjectOrder()
                : RootArguments.convert(arguments.get("orderBy"), ProjectOrder.class);
        if (order.field == null || order.direction == null) {
            throw new IllegalArgumentException("incomplete order: the resolver path answers it");
        }
        ProjectQuery countable = scope.sqlQuery().filter(filter);
        ProjectQuery query = scope.sqlQuery().filter(filter).after((String) arguments.get("after"), order);
        return new Page(query.whereClause(), query.params(), countable.whereClause(), countable.params(),
                ProjectQuery.orderBy(order, ProjectQuery.SQL), ProjectQuery.column(order.field, ProjectQuery.SQL),
                order.field.name(), size);
    }

    @Override
    public Page byId(Object id) {
        UUID parsed = Ids.parse("id", String.valueOf(id));
        ProjectQuery query = scope.sqlQuery();
        String where = query.whereClause();
        var params = new java.util.HashMap<>(query.params());
        params.put("id", parsed);
        String byId = " where p.id = :id" + (where.isEmpty() ? "" : " and " + where.substring(" where ".length()));
        return new Page(byId, params, byId, params, "", "p.id", null, 1);
    }

    @Override
    public String cursor(Page page, ResultSet row, int column, UUID id) throws SQLException {
        ProjectSortField field = ProjectSortField.valueOf(page.sortField());
        Object value = switch (field) {
            case CREATED_AT, UPDATED_AT -> row.getObject(column, OffsetDateTime.class).toInstant();
            case NAME -> row.getString(column);
            case ESTIMATED_INVESTMENT -> row.getBigDecimal(column);
        };
        return ProjectQuery.Cursor.encode(field, value, id);
    }
}
