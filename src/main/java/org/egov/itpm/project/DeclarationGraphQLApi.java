package org.egov.itpm.project;

import jakarta.validation.constraints.Size;
import org.egov.itpm.common.TextLimits;
import org.egov.itpm.common.RequestBatch;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.eclipse.microprofile.graphql.Description;
import org.egov.itpm.common.Ids;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Source;
import org.egov.itpm.policy.Attestation;
import org.egov.itpm.policy.ExclusionGround;
import org.egov.itpm.policy.PlatformFiling;
import org.egov.itpm.security.Roles;

/** Facts packs ask about that no other record carries: attestations, exclusion grounds, platform filings. */
@GraphQLApi
public class DeclarationGraphQLApi {

    @Inject
    DeclarationService declarations;
    @Inject
    ProjectFactsService facts;
    @Inject
    RequestBatch batch;

    @Mutation("attest")
    @Description("An authority confirms a fact the pack requires (e.g. DATA_SHARED, SECURITY_COMPLIANT).")
    @RolesAllowed({Roles.AUTHORITY_REVIEWER, Roles.AUTHORITY_APPROVER, Roles.NDRC_APPROVER, Roles.SECURITY_OFFICER})
    public DeclarationView attest(@Id @NonNull String projectId, @NonNull Attestation attestation, LocalDate onDate,
                                  @Size(max = TextLimits.NAME) String reference, @Size(max = TextLimits.SHORT_TEXT) String note) {
        return DeclarationView.of(declarations.declare(Ids.parse("projectId", projectId), ProjectFact.Category.ATTESTATION, attestation,
                onDate, reference, note));
    }

    @Mutation("declareExclusionGround")
    @Description("Record that an exclusion ground applies (Baotou art.10, Jiangxi art.17); it blocks approval.")
    @RolesAllowed({Roles.AUTHORITY_REVIEWER, Roles.AUTHORITY_APPROVER})
    public DeclarationView declareExclusionGround(@Id @NonNull String projectId, @NonNull ExclusionGround ground,
                                                  @Size(max = TextLimits.SHORT_TEXT) String note) {
        return DeclarationView.of(declarations.declare(Ids.parse("projectId", projectId), ProjectFact.Category.EXCLUSION, ground, null,
                null, note));
    }

    @Mutation("recordPlatformFiling")
    @Description("Record a filing made on the provincial/municipal project platform (Qufu 项目管理系统 …).")
    @RolesAllowed({Roles.UNIT_STAFF, Roles.UNIT_LEAD})
    public DeclarationView recordPlatformFiling(@Id @NonNull String projectId, @NonNull PlatformFiling filing,
                                                LocalDate onDate, @Size(max = TextLimits.NAME) String reference) {
        return DeclarationView.of(declarations.declare(Ids.parse("projectId", projectId), ProjectFact.Category.PLATFORM_FILING, filing,
                onDate, reference, null));
    }

    @Description("Attestations, exclusion grounds and platform filings on record.")
    @RolesAllowed({Roles.UNIT_STAFF, Roles.UNIT_LEAD, Roles.AUTHORITY_REVIEWER, Roles.AUTHORITY_APPROVER,
            Roles.NDRC_APPROVER, Roles.FINANCE_OFFICER, Roles.AUDITOR, Roles.SECURITY_OFFICER, Roles.EXPERT,
            Roles.SUPERVISOR, Roles.EVALUATOR, Roles.ADMIN})
    public List<List<DeclarationView>> declarations(@Source List<ProjectView> list) {
        Map<UUID, List<ProjectFact>> byProject = batch.load("project", "declarations", list.stream()
                .map(ProjectView::id).toList(), List.of(), facts::declaredFacts);
        return list.stream().map(p -> byProject.getOrDefault(p.id(), List.of()).stream().map(DeclarationView::of)
                .toList()).toList();
    }

    /** A declared fact. */
    @Name("Declaration")
    @Description("A declared fact: category ATTESTATION, EXCLUSION or PLATFORM_FILING and its value.")
    public record DeclarationView(@Id UUID id, String category, String value, LocalDate onDate, String reference,
                                  String note, String recordedBy) {
        static DeclarationView of(ProjectFact f) {
            return new DeclarationView(f.id, f.category.name(), f.value, f.onDate, f.reference, f.note, f.recordedBy);
        }
    }
}
