package org.egov.itpm.project;

import jakarta.validation.constraints.Size;
import org.egov.itpm.common.TextLimits;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Source;
import org.egov.itpm.common.RequestBatch;
import org.egov.itpm.security.Roles;

/** Pack succession for projects: the binding history, and re-binding every open project of a version at once. */
@GraphQLApi
public class PackBindingGraphQLApi {

    @Inject
    PackBindings bindings;
    @Inject
    RequestBatch batch;

    @Description("The pack versions that have judged the project, oldest first: bound at 申报, re-bound by an"
            + " administrator (with the reason).")
    @RolesAllowed({Roles.UNIT_STAFF, Roles.UNIT_LEAD, Roles.AUTHORITY_REVIEWER, Roles.AUTHORITY_APPROVER,
            Roles.NDRC_APPROVER, Roles.FINANCE_OFFICER, Roles.AUDITOR, Roles.SECURITY_OFFICER, Roles.EXPERT,
            Roles.SUPERVISOR, Roles.EVALUATOR, Roles.ADMIN})
    public List<List<PackBindingView>> packBindings(@Source List<ProjectView> list) {
        var byProject = batch.load("project", "packBindings", list.stream().map(ProjectView::id).toList(),
                List.<PackBindingEntry>of(), bindings::historyOf);
        return list.stream().map(p -> history(p, byProject.getOrDefault(p.id(), List.of()))).toList();
    }

    /** A project bound without a history row (loaded as data, e.g. the demo) shows its 申报 binding. */
    private static List<PackBindingView> history(ProjectView p, List<PackBindingEntry> entries) {
        if (entries.isEmpty() && p.policyPackId() != null) {
            return List.of(new PackBindingView(p.policyPackId(), p.policyPackVersion(), PackBindingEntry.Kind.APPLIED,
                    p.appliedOn(), null, null, null));
        }
        return entries.stream().map(PackBindingView::of).toList();
    }

    @Mutation("rebindProjects")
    @Description("Administrator: judge every open project bound to one pack version by another version of the same"
            + " jurisdiction from today, e.g. after publishing the successor or extension of an expired pack"
            + " (docs/policy-packs.md \"Succession\"). Each project's binding history records the reason; closed"
            + " projects keep their pack. Returns the projects re-bound.")
    @RolesAllowed(Roles.ADMIN)
    public List<ProjectView> rebindProjects(@NonNull @Size(max = TextLimits.CODE) String fromPackId, int fromVersion, @NonNull @Size(max = TextLimits.CODE) String toPackId,
                                            int toVersion, @NonNull @Size(max = TextLimits.REASON) String reason) {
        return bindings.rebindAll(fromPackId, fromVersion, toPackId, toVersion, reason).stream()
                .map(ProjectView::of).toList();
    }
}
