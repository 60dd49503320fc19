package org.egov.itpm.project;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.egov.itpm.organisation.OrganisationService;
import org.egov.itpm.security.CurrentUser;
import org.egov.itpm.security.Scope;

/**
 * The caller's scope over projects, in one place: as a query (every read of this feature), as a JPQL condition for
 * other features that join Project, and as a test on one loaded project (phases reached through a parent).
 */
@ApplicationScoped
public class ProjectScope {

    private final CurrentUser user;
    private final OrganisationService organisations;

    @Inject
    public ProjectScope(CurrentUser user, OrganisationService organisations) {
        this.user = user;
        this.organisations = organisations;
    }

    /** A JPQL (or, from {@link #sqlClause()}, SQL) condition over alias {@code p} of Project, and its parameters. */
    public record Clause(String jpql, Map<String, Object> params) {
    }

    /** The caller's scope as a condition for queries of other features that join Project as {@code p}. */
    public Clause clause() {
        return clauseOf(query());
    }

    /** The caller's scope as an SQL condition over table {@code project p}, for other features' compiled read roots. */
    public Clause sqlClause() {
        return clauseOf(sqlQuery());
    }

    private static Clause clauseOf(ProjectQuery q) {
        String where = q.whereClause();
        return new Clause(where.isEmpty() ? "1 = 1" : where.substring(" where ".length()), q.params());
    }

    /** A project query limited to the caller's scope. */
    ProjectQuery query() {
        Scope scope = user.scope();
        return new ProjectQuery().scope(scope.everything(), orgId(scope), null, List.copyOf(scope.regionPrefixes()),
                scope.engagedProjects());
    }

    /** The same scope as SQL over table {@code project p}, for the compiled read path (ADR 0016). */
    ProjectQuery sqlQuery() {
        Scope scope = user.scope();
        return new ProjectQuery(ProjectQuery.SQL).scope(scope.everything(), null, scope.organisationCode(),
                List.copyOf(scope.regionPrefixes()), scope.engagedProjects());
    }

    /** The same rule as {@link #query()} for a loaded project; participants of a parent count for its phases. */
    boolean visible(Project p, List<UUID> parentParticipants) {
        Scope scope = user.scope();
        if (scope.coversRegion(p.regionCode) || scope.engagedProjects().contains(p.id)) {
            return true;
        }
        UUID orgId = orgId(scope);
        return orgId != null && (orgId.equals(p.ownerOrgId) || parentParticipants.contains(orgId));
    }

    /** The caller's scope itself (writes ask it whether an engagement has ended). */
    Scope current() {
        return user.scope();
    }

    /** The caller's organisation, when a unit role gives it one. */
    UUID callerOrgId() {
        return orgId(user.scope());
    }

    private UUID orgId(Scope scope) {
        return scope.organisationCode() == null ? null
                : organisations.byCreditCode(scope.organisationCode()).map(o -> o.id).orElse(null);
    }
}
