package org.egov.itpm.settlement;

import jakarta.validation.constraints.Size;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Source;
import org.egov.itpm.common.Ids;
import org.egov.itpm.common.RequestBatch;
import org.egov.itpm.project.ProjectView;
import org.egov.itpm.security.Roles;

/** The final settlement (决算), its surplus and the surplus return. */
@GraphQLApi
public class SettlementGraphQLApi {

    @Inject
    SettlementService settlements;
    @Inject
    RequestBatch batch;

    @Mutation("recordFinalSettlement")
    @Description("The project's own unit records the final settlement (决算) after final acceptance: its date (legal"
            + " date), the settled amount (CNY, at most the funded amount) and document number. The surplus (funded −"
            + " settled) is to be returned (jianshan-2024 item 22, wushan-2022 art.19, qufu-2024 art.25, baotou-2024"
            + " art.20, jiangxi-2024 art.38). Recording again corrects it until a return is recorded.")
    @RolesAllowed({Roles.UNIT_STAFF, Roles.UNIT_LEAD})
    public SettlementView recordFinalSettlement(@Id @NonNull String projectId, @NonNull FinalSettlementInput input) {
        FinalSettlement s = settlements.settle(Ids.parse("projectId", projectId), new SettlementService.Settlement(
                input.settledOn, input.amount, input.documentNumber));
        return SettlementView.of(s, settlements.returnsOf(List.of(s.projectId)).get(s.projectId));
    }

    @Mutation("recordSurplusReturn")
    @Description("The project's own unit records the return of the settlement's surplus (date, amount, to whom,"
            + " document); the SURPLUS_RETURN finding stays open until the whole surplus is returned.")
    @RolesAllowed({Roles.UNIT_STAFF, Roles.UNIT_LEAD})
    public SettlementView recordSurplusReturn(@Id @NonNull String projectId, @NonNull SurplusReturnInput input) {
        UUID id = Ids.parse("projectId", projectId);
        SurplusReturn r = settlements.returnSurplus(id, new SettlementService.Return(input.returnedOn, input.amount,
                input.returnedTo, input.documentNumber));
        return SettlementView.of(settlements.settlementsOf(List.of(id)).get(id), r);
    }

    @Description("The final settlement with its surplus and the surplus return, or null before it is recorded.")
    @RolesAllowed({Roles.UNIT_STAFF, Roles.UNIT_LEAD, Roles.AUTHORITY_REVIEWER, Roles.AUTHORITY_APPROVER,
            Roles.NDRC_APPROVER, Roles.FINANCE_OFFICER, Roles.AUDITOR, Roles.SECURITY_OFFICER, Roles.EXPERT,
            Roles.SUPERVISOR, Roles.EVALUATOR, Roles.ADMIN})
    public List<SettlementView> settlement(@Source List<ProjectView> list) {
        List<UUID> ids = list.stream().map(ProjectView::id).toList();
        Map<UUID, FinalSettlement> s = batch.load("project", "settlement", ids, null, settlements::settlementsOf);
        Map<UUID, SurplusReturn> r = batch.load("project", "surplusReturn", ids, null, settlements::returnsOf);
        return list.stream().map(p -> s.get(p.id()) == null ? null : SettlementView.of(s.get(p.id()), r.get(p.id())))
                .toList();
    }

    /** Input of a final settlement. */
    @Input("FinalSettlementInput")
    @Description("The final settlement (决算): legal date, settled amount (CNY), document number (at most 100 characters).")
    public static class FinalSettlementInput {
        public LocalDate settledOn;
        public BigDecimal amount;
        public @Size(max = 100) String documentNumber;
    }

    /** Input of a surplus return. */
    @Input("SurplusReturnInput")
    @Description("The surplus returned: legal date, amount (CNY), to whom (at most 200 characters), document number"
            + " (at most 100).")
    public static class SurplusReturnInput {
        public LocalDate returnedOn;
        public BigDecimal amount;
        public @Size(max = 200) String returnedTo;
        public @Size(max = 100) String documentNumber;
    }

    /** A final settlement. */
    @Name("FinalSettlement")
    public record SettlementView(LocalDate settledOn, BigDecimal amount, BigDecimal fundedAmount,
                                 @Description("Funded amount minus settled amount (CNY).") BigDecimal surplus,
                                 String documentNumber, String recordedBy, Instant recordedAt,
                                 @Description("The surplus return, or null.") SurplusReturnView surplusReturn) {
        static SettlementView of(FinalSettlement s, SurplusReturn r) {
            return new SettlementView(s.settledOn, s.amount, s.fundedAmount, s.surplus(), s.documentNumber,
                    s.recordedBy, s.recordedAt, r == null ? null : SurplusReturnView.of(r));
        }
    }

    /** A surplus return. */
    @Name("SurplusReturn")
    public record SurplusReturnView(LocalDate returnedOn, BigDecimal amount, String returnedTo, String documentNumber,
                                    String recordedBy, Instant recordedAt) {
        static SurplusReturnView of(SurplusReturn r) {
            return new SurplusReturnView(r.returnedOn, r.amount, r.returnedTo, r.documentNumber, r.recordedBy,
                    r.recordedAt);
        }
    }
}
