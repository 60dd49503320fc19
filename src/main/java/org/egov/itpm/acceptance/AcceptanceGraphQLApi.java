package org.egov.itpm.acceptance;

import jakarta.validation.constraints.Size;
import org.egov.itpm.common.TextLimits;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Source;
import org.egov.itpm.common.Ids;
import org.egov.itpm.common.RequestBatch;
import org.egov.itpm.pack.CitationView;
import org.egov.itpm.compliance.ComplianceService;
import org.egov.itpm.policy.DocumentType;
import org.egov.itpm.project.ProjectView;
import org.egov.itpm.security.Roles;

/** Acceptance (验收): from completion to the filed acceptance opinion. */
@GraphQLApi
public class AcceptanceGraphQLApi {

    @Inject
    AcceptanceService acceptance;
    @Inject
    ComplianceService compliance;
    @Inject
    RequestBatch batch;

    @Mutation("recordCompletion")
    @Description("完工: record the completion date; acceptance deadlines run from it (e.g. Wushan art.22: apply within 6"
            + " months, or request an extension).")
    @RolesAllowed({Roles.UNIT_STAFF, Roles.UNIT_LEAD})
    public AcceptanceView recordCompletion(@Id @NonNull String projectId, LocalDate completedOn) {
        return AcceptanceView.of(acceptance.complete(id(projectId), completedOn));
    }

    @Mutation("passPreliminaryAcceptance")
    @Description("初验: the unit's own preliminary acceptance passed; moves the project to PRELIMINARY_ACCEPTANCE"
            + " (Jiangxi art.30: only after a 6-month trial run).")
    @RolesAllowed(Roles.UNIT_LEAD)
    public AcceptanceView passPreliminaryAcceptance(@Id @NonNull String projectId, LocalDate passedOn, @Size(max = TextLimits.SHORT_TEXT) String note) {
        return AcceptanceView.of(acceptance.passPreliminary(id(projectId), passedOn, note));
    }

    @Mutation("confirmAcceptanceCheck")
    @Description("An authority's check before final acceptance: PRE_ACCEPTANCE_REVIEW (data bureau, Baotou art.22),"
            + " DATA_SHARING_CONFIRMATION (data authority) and CRYPTO_CONFIRMATION (crypto authority, security-officer"
            + " only) (Jiangxi art.30), ARCHIVE_ACCEPTANCE (Wushan art.23, Jianshan item 18). A passed check counts as"
            + " the opinion document the pack asks for.")
    @RolesAllowed({Roles.AUTHORITY_REVIEWER, Roles.AUTHORITY_APPROVER, Roles.SECURITY_OFFICER})
    public AcceptanceView confirmAcceptanceCheck(@Id @NonNull String projectId, @NonNull AcceptanceCheck check,
                                                 boolean passed, LocalDate onDate, @Size(max = TextLimits.NAME) String reference, @Size(max = TextLimits.SHORT_TEXT) String note) {
        return AcceptanceView.of(acceptance.confirm(id(projectId), check, passed, onDate, reference, note));
    }

    @Mutation("applyForFinalAcceptance")
    @Description("竣工验收申请 on appliedOn (default today, not in the future). Refused with ACCEPTANCE_CONDITIONS_UNMET"
            + " listing every unmet condition of the final acceptance known by then (e.g. Qufu art.34 preliminary"
            + " acceptance passed, Jiangxi art.30 6-month trial run and 终验, Baotou art.22 pre-acceptance review, archive"
            + " acceptance Wushan art.23 / Jianshan item 18) and every missing checklist document, or with"
            + " ACCEPTANCE_DOCUMENTS_MISSING when only documents of project.acceptanceChecklist are missing; each"
            + " reason cited. After a failed acceptance, a rectification plan comes first where the pack says so (Qufu"
            + " art.35: RECTIFICATION_PLAN_MISSING).")
    @RolesAllowed({Roles.UNIT_STAFF, Roles.UNIT_LEAD})
    public AcceptanceView applyForFinalAcceptance(@Id @NonNull String projectId, LocalDate appliedOn) {
        return AcceptanceView.of(acceptance.apply(id(projectId), appliedOn));
    }

    @Mutation("requestAcceptanceExtension")
    @Description("延期验收申请 when the acceptance cannot be applied for in time (Wushan art.22, Qufu art.35, Jiangxi"
            + " art.30). until is required and after onDate: the application is then due by until (a tracked"
            + " deadline). Refused with ACCEPTANCE_EXTENSION_NOT_PROVIDED where the pack has no extension route"
            + " (Jianshan item 15, Baotou).")
    @RolesAllowed({Roles.UNIT_STAFF, Roles.UNIT_LEAD})
    public AcceptanceView requestAcceptanceExtension(@Id @NonNull String projectId, @NonNull @Size(max = TextLimits.REASON) String reason,
                                                     LocalDate onDate, LocalDate until) {
        return AcceptanceView.of(acceptance.requestExtension(id(projectId), reason, onDate, until));
    }

    @Mutation("concludeFinalAcceptance")
    @Description("The authority's acceptance result with its opinion. Passed moves the project to FINAL_ACCEPTANCE"
            + " (the pack's gates apply, e.g. Qufu art.34 preliminary first); failed asks for a rectification plan.")
    @RolesAllowed(Roles.AUTHORITY_APPROVER)
    public AcceptanceView concludeFinalAcceptance(@Id @NonNull String projectId, boolean passed, LocalDate onDate,
                                                  @NonNull @Size(max = TextLimits.LONG_TEXT) String opinion) {
        return AcceptanceView.of(acceptance.conclude(id(projectId), passed, onDate, opinion));
    }

    @Mutation("submitRectificationPlan")
    @Description("整改方案 submitted on submittedOn (default today, not in the future) after a failed final acceptance,"
            + " with dueOn (required, after submittedOn) by which the unit applies again; Qufu art.35 (限期整改) asks"
            + " for it before re-applying and tracks dueOn as a deadline.")
    @RolesAllowed({Roles.UNIT_STAFF, Roles.UNIT_LEAD})
    public AcceptanceView submitRectificationPlan(@Id @NonNull String projectId, @NonNull @Size(max = TextLimits.LONG_TEXT) String plan, LocalDate dueOn,
                                                  LocalDate submittedOn) {
        return AcceptanceView.of(acceptance.rectify(id(projectId), plan, dueOn, submittedOn));
    }

    @Mutation("fileAcceptanceOpinion")
    @Description("验收意见备案 on the project platform (Qufu art.34); records the ACCEPTANCE platform filing.")
    @RolesAllowed({Roles.UNIT_STAFF, Roles.UNIT_LEAD})
    public AcceptanceView fileAcceptanceOpinion(@Id @NonNull String projectId, LocalDate filedOn, @Size(max = TextLimits.NAME) String reference) {
        return AcceptanceView.of(acceptance.fileOpinion(id(projectId), filedOn, reference));
    }

    @Name("acceptance")
    @Description("Where the project's acceptance stands, with every step.")
    @RolesAllowed({Roles.UNIT_STAFF, Roles.UNIT_LEAD, Roles.AUTHORITY_REVIEWER, Roles.AUTHORITY_APPROVER,
            Roles.NDRC_APPROVER, Roles.FINANCE_OFFICER, Roles.AUDITOR, Roles.SECURITY_OFFICER, Roles.EXPERT,
            Roles.SUPERVISOR, Roles.EVALUATOR, Roles.ADMIN})
    public List<AcceptanceView> acceptance(@Source List<ProjectView> list) {
        Map<UUID, AcceptanceState> byProject = batch.load("project", "acceptance", list.stream().map(ProjectView::id)
                .toList(), AcceptanceState.of(List.of()), acceptance::statesOf);
        return list.stream().map(p -> AcceptanceView.of(byProject.get(p.id()))).toList();
    }

    @Description("The pack's acceptance document checklist (e.g. Jiangxi art.30, Wushan art.22) and whether each is"
            + " on record; documents asked per contract (Qufu art.34: each contract's CONTRACT_ACCEPTANCE_REPORT) carry"
            + " the contract's id and title.")
    @RolesAllowed({Roles.UNIT_STAFF, Roles.UNIT_LEAD, Roles.AUTHORITY_REVIEWER, Roles.AUTHORITY_APPROVER,
            Roles.NDRC_APPROVER, Roles.FINANCE_OFFICER, Roles.AUDITOR, Roles.SECURITY_OFFICER, Roles.EXPERT,
            Roles.SUPERVISOR, Roles.EVALUATOR, Roles.ADMIN})
    public List<List<ChecklistItemView>> acceptanceChecklist(@Source List<ProjectView> list) {
        Map<UUID, ComplianceService.Assessment> a = compliance.assess(list.stream().map(ProjectView::id).toList());
        return list.stream().map(p -> a.get(p.id()).acceptanceChecklist().stream().map(i -> new ChecklistItemView(
                i.document(), i.present(), CitationView.of(i.cite()), i.contractId(), i.contractTitle())).toList())
                .toList();
    }

    private static UUID id(String projectId) {
        return Ids.parse("projectId", projectId);
    }

    /** One checklist document. */
    @Name("AcceptanceChecklistItem")
    public record ChecklistItemView(DocumentType document, boolean present, CitationView citation,
                                    @Description("The contract this document belongs to, for documents asked per"
                                            + " contract (Qufu art.34).") @Id String contractId,
                                    String contractTitle) {
    }

    /** The acceptance state. */
    @Name("Acceptance")
    public record AcceptanceView(AcceptanceState.Status status, LocalDate completedOn,
                                 @Description("First application for final acceptance.") LocalDate appliedOn,
                                 LocalDate extensionRequestedOn, List<StepView> steps) {
        static AcceptanceView of(AcceptanceState s) {
            return new AcceptanceView(s.status(), s.completedOn(), s.appliedOn(), s.extensionRequestedOn(),
                    s.steps().stream().map(StepView::of).toList());
        }
    }

    /** One acceptance step. */
    @Name("AcceptanceStep")
    public record StepView(int seq, AcceptanceStep.Kind kind, LocalDate onDate, Boolean passed, LocalDate dueOn,
                           String reference, String note, String recordedBy, Instant recordedAt) {
        static StepView of(AcceptanceStep s) {
            return new StepView(s.seq, s.kind, s.onDate, s.passed, s.dueOn, s.reference, s.note, s.recordedBy,
                    s.recordedAt);
        }
    }
}
