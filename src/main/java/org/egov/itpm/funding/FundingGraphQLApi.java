package org.egov.itpm.funding;

import jakarta.validation.constraints.Size;
import org.egov.itpm.common.TextLimits;
import org.egov.itpm.common.RequestBatch;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.graphql.Description;
import org.egov.itpm.common.Ids;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Source;
import org.egov.itpm.project.ProjectView;
import org.egov.itpm.security.Roles;

/** Annual investment plan and budget entries. */
@GraphQLApi
public class FundingGraphQLApi {

    @Inject
    FundingService funding;
    @Inject
    RequestBatch batch;

    @Mutation("addFundingEntry")
    @Description("Enter a year's annual-plan amount (NDRC) or budget (finance bureau) for a project. A pack may refuse"
            + " an annual-plan entry before 立项 (ANNUAL_PLAN_BEFORE_APPROVAL, cited; wushan-2022 art.21) and a budget"
            + " outside the year's plan or of another amount (BUDGET_NOT_AS_PLANNED, cited; wushan-2022 art.10).")
    @RolesAllowed({Roles.NDRC_APPROVER, Roles.FINANCE_OFFICER})
    public FundingEntryView addFundingEntry(@Id @NonNull String projectId, @NonNull FundingEntryInput input) {
        return FundingEntryView.of(funding.add(Ids.parse("projectId", projectId), new FundingService.Entry(input.year, input.kind,
                input.amount, input.documentNumber)));
    }

    @Description("Annual plan and budget entries, by year.")
    @RolesAllowed({Roles.UNIT_STAFF, Roles.UNIT_LEAD, Roles.AUTHORITY_REVIEWER, Roles.AUTHORITY_APPROVER,
            Roles.NDRC_APPROVER, Roles.FINANCE_OFFICER, Roles.AUDITOR, Roles.SECURITY_OFFICER, Roles.EXPERT,
            Roles.SUPERVISOR, Roles.EVALUATOR, Roles.ADMIN})
    public List<List<FundingEntryView>> fundingEntries(@Source List<ProjectView> list) {
        Map<UUID, List<FundingEntry>> byProject = batch.load("project", "funding", list.stream().map(ProjectView::id)
                .toList(), List.of(), funding::byProjects);
        return list.stream().map(p -> byProject.getOrDefault(p.id(), List.of()).stream().map(FundingEntryView::of)
                .toList()).toList();
    }

    @Mutation("recordResponsibilityLetter")
    @Description("项目建设主体责任书: record that the unit signed it after the budget release and filed it on the project"
            + " platform (Qufu art.24; gates PROCUREMENT). Recording again corrects the dates.")
    @RolesAllowed({Roles.UNIT_STAFF, Roles.UNIT_LEAD})
    public ResponsibilityLetterView recordResponsibilityLetter(@Id @NonNull String projectId,
                                                               @NonNull java.time.LocalDate signedOn,
                                                               @NonNull java.time.LocalDate filedOn, @Size(max = TextLimits.NAME) String reference) {
        return ResponsibilityLetterView.of(funding.recordResponsibilityLetter(Ids.parse("projectId", projectId),
                signedOn, filedOn, reference));
    }

    @Description("The signed and filed 项目建设主体责任书, or null.")
    @RolesAllowed({Roles.UNIT_STAFF, Roles.UNIT_LEAD, Roles.AUTHORITY_REVIEWER, Roles.AUTHORITY_APPROVER,
            Roles.NDRC_APPROVER, Roles.FINANCE_OFFICER, Roles.AUDITOR, Roles.SECURITY_OFFICER, Roles.EXPERT,
            Roles.SUPERVISOR, Roles.EVALUATOR, Roles.ADMIN})
    public List<ResponsibilityLetterView> responsibilityLetter(@Source List<ProjectView> list) {
        Map<UUID, ResponsibilityLetter> byProject = batch.load("project", "responsibilityLetter", list.stream()
                .map(ProjectView::id).toList(), null, funding::lettersOf);
        return list.stream().map(p -> byProject.get(p.id()) == null ? null
                : ResponsibilityLetterView.of(byProject.get(p.id()))).toList();
    }

    /** The responsibility letter. */
    @Name("ResponsibilityLetter")
    public record ResponsibilityLetterView(java.time.LocalDate signedOn, java.time.LocalDate filedOn, String reference,
                                           String recordedBy, Instant recordedAt) {
        static ResponsibilityLetterView of(ResponsibilityLetter r) {
            return new ResponsibilityLetterView(r.signedOn, r.filedOn, r.reference, r.recordedBy, r.recordedAt);
        }
    }

    /** Input of a funding entry. */
    @Input("FundingEntryInput")
    @Description("A year's annual-plan or budget amount (CNY).")
    public static class FundingEntryInput {
        public int year;
        public FundingEntry.Kind kind;
        public BigDecimal amount;
        public @Size(max = TextLimits.NAME) String documentNumber;
    }

    /** A funding entry. */
    @Name("FundingEntry")
    public record FundingEntryView(@Id UUID id, int year, FundingEntry.Kind kind, BigDecimal amount,
                                   String documentNumber, String enteredBy, Instant enteredAt) {
        static FundingEntryView of(FundingEntry f) {
            return new FundingEntryView(f.id, f.year, f.kind, f.amount, f.documentNumber, f.enteredBy, f.enteredAt);
        }
    }
}
