package org.egov.itpm.project;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.egov.itpm.organisation.OrganisationService;
import org.egov.itpm.security.CurrentUser;
import org.egov.itpm.security.ProjectCondition;
import org.egov.itpm.security.Scope;

/**
 * The caller's scope over projects, in one place: as a query (every read of this feature), as a JPQL condition for
 * other features that join Project, and as a test on loaded projects (phases reached through a parent). Engagements
 * are conditions (issue #19): a test on loaded projects asks the database about those projects only.
 */
@ApplicationScoped
public class ProjectScope {

    private final CurrentUser user;
    private final OrganisationService organisations;
    private final ProjectRepository repository;

    @Inject
    public ProjectScope(CurrentUser user, OrganisationService organisations, ProjectRepository repository) {
        this.user = user;
        this.organisations = organisations;
        this.repository = repository;
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
                scope.engaged().reaches());
    }

    /** The same scope as SQL over table {@code project p}, for the compiled read path (ADR 0016). */
    ProjectQuery sqlQuery() {
        Scope scope = user.scope();
        return new ProjectQuery(ProjectQuery.SQL).scope(scope.everything(), null, scope.organisationCode(),
                List.copyOf(scope.regionPrefixes()), scope.engaged().reaches());
    }

    /**
     * The same rule as {@link #query()} for loaded projects; participants of {@code participantsOf(p)} count (a phase
     * passes its parent's). Engagements are asked for the projects the other rules leave out, in one query.
     */
    List<Project> visible(Collection<Project> loaded, Function<Project, List<UUID>> participantsOf) {
        Scope scope = user.scope();
        UUID orgId = orgId(scope);
        Set<UUID> left = loaded.stream().filter(p -> !scope.coversRegion(p.regionCode)
                && (orgId == null || !orgId.equals(p.ownerOrgId) && !participantsOf.apply(p).contains(orgId)))
                .map(p -> p.id).collect(Collectors.toSet());
        Set<UUID> engaged = scope.engaged().any() ? repository.satisfying(left, scope.engaged().reaches()) : Set.of();
        return loaded.stream().filter(p -> !left.contains(p.id) || engaged.contains(p.id)).toList();
    }

    /** True when the caller reaches {@code p} only through engagements that have ended: readable, no writes. */
    boolean readOnly(Project p) {
        Scope scope = user.scope();
        ProjectCondition endedOnly = scope.engaged().endedOnly();
        return endedOnly != null && !scope.coversRegion(p.regionCode)
                && !repository.satisfying(List.of(p.id), endedOnly).isEmpty();
    }

    /** The caller's scope itself. */
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
