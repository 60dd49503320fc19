package org.egov.itpm.evaluation;

import jakarta.validation.constraints.Size;
import org.egov.itpm.common.TextLimits;
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
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Source;
import org.egov.itpm.common.Ids;
import org.egov.itpm.common.RequestBatch;
import org.egov.itpm.compliance.ChangeDecisionView.NextStepReason;
import org.egov.itpm.pack.CitationView;
import org.egov.itpm.compliance.ComplianceService;
import org.egov.itpm.policy.rules.OmFundingDecision;
import org.egov.itpm.project.ProjectView;
import org.egov.itpm.security.Roles;

/** Evaluation and operation: self-evaluation, third-party post-evaluation, O&M funding eligibility, 关停并转. */
@GraphQLApi
public class EvaluationGraphQLApi {

    @Inject
    EvaluationService evaluations;
    @Inject
    ComplianceService compliance;
    @Inject
    RequestBatch batch;

    @Mutation("recordSelfEvaluation")
    @Description("自评价 after final acceptance; judged against the pack's window (Jianshan item 21, Wushan art.24,"
            + " Qufu art.36 yearly, Baotou art.23, Jiangxi art.40) on project.deadlines. Refused with"
            + " SELF_EVALUATION_WINDOW_NOT_OPEN (cited) before the window opens.")
    @RolesAllowed({Roles.UNIT_STAFF, Roles.UNIT_LEAD})
    public EvaluationView recordSelfEvaluation(@Id @NonNull String projectId, LocalDate onDate, @NonNull @Size(max = TextLimits.LONG_TEXT) String summary) {
        return EvaluationView.of(evaluations.selfEvaluate(Ids.parse("projectId", projectId), onDate, summary));
    }

    @Mutation("recordPostEvaluation")
    @Description("后评价 by a third-party evaluator: score 0–100 and conclusion; EXCELLENT or GOOD counts as a good"
            + " performance evaluation for O&M funding (Qufu art.25, art.36).")
    @RolesAllowed(Roles.EVALUATOR)
    public EvaluationView recordPostEvaluation(@Id @NonNull String projectId, LocalDate onDate, @NonNull BigDecimal score,
                                               @NonNull Evaluation.Conclusion conclusion, @NonNull @Size(max = TextLimits.NAME) String evaluator,
                                               @NonNull @Size(max = TextLimits.LONG_TEXT) String summary) {
        return EvaluationView.of(evaluations.postEvaluate(Ids.parse("projectId", projectId), onDate, score, conclusion,
                evaluator, summary));
    }

    @Mutation("decommissionProject")
    @Description("关停并转: move an OPERATION project to DECOMMISSIONED with its kind and reason (in the history).")
    @RolesAllowed(Roles.AUTHORITY_APPROVER)
    public ProjectView decommissionProject(@Id @NonNull String projectId, @NonNull EvaluationService.DecommissionKind kind,
                                           @NonNull @Size(max = TextLimits.REASON) String reason, Integer expectedVersion,
                                           @Description("The date of the decision (legal date), default today.")
                                           java.time.LocalDate on) {
        return ProjectView.of(evaluations.decommission(Ids.parse("projectId", projectId), kind, on, reason,
                expectedVersion));
    }

    @Description("Self- and post-evaluations, oldest first.")
    @RolesAllowed({Roles.UNIT_STAFF, Roles.UNIT_LEAD, Roles.AUTHORITY_REVIEWER, Roles.AUTHORITY_APPROVER,
            Roles.NDRC_APPROVER, Roles.FINANCE_OFFICER, Roles.AUDITOR, Roles.SECURITY_OFFICER, Roles.EXPERT,
            Roles.SUPERVISOR, Roles.EVALUATOR, Roles.ADMIN})
    public List<List<EvaluationView>> evaluations(@Source List<ProjectView> list) {
        Map<UUID, List<Evaluation>> byProject = batch.load("project", "evaluations", list.stream().map(ProjectView::id)
                .toList(), List.of(), evaluations::byProjects);
        return list.stream().map(p -> byProject.getOrDefault(p.id(), List.of()).stream().map(EvaluationView::of)
                .toList()).toList();
    }

    @Description("Whether the system may receive O&M funding under its pack, with every refusal ground cited"
            + " (Qufu art.25, Wushan art.25–27, Jiangxi art.30 and art.37); eligible with no grounds for packs without.")
    @RolesAllowed({Roles.UNIT_STAFF, Roles.UNIT_LEAD, Roles.AUTHORITY_REVIEWER, Roles.AUTHORITY_APPROVER,
            Roles.NDRC_APPROVER, Roles.FINANCE_OFFICER, Roles.AUDITOR, Roles.SECURITY_OFFICER, Roles.EXPERT,
            Roles.SUPERVISOR, Roles.EVALUATOR, Roles.ADMIN})
    public List<OmFundingView> omFundingEligibility(@Source List<ProjectView> list) {
        Map<UUID, ComplianceService.Assessment> a = compliance.assess(list.stream().map(ProjectView::id).toList());
        return list.stream().map(p -> OmFundingView.of(a.get(p.id()).omFunding())).toList();
    }

    /** An evaluation. */
    @Name("Evaluation")
    public record EvaluationView(@Id UUID id, Evaluation.Kind kind, LocalDate onDate, BigDecimal score,
                                 Evaluation.Conclusion conclusion, String evaluator, String summary, String recordedBy,
                                 Instant recordedAt) {
        static EvaluationView of(Evaluation e) {
            return new EvaluationView(e.id, e.kind, e.onDate, e.score, e.conclusion, e.evaluator, e.summary,
                    e.recordedBy, e.recordedAt);
        }
    }

    /** O&M funding eligibility. */
    @Name("OmFundingEligibility")
    public record OmFundingView(boolean eligible, List<NextStepReason> refusals) {
        static OmFundingView of(OmFundingDecision d) {
            if (d == null) {
                return null;
            }
            return new OmFundingView(d.eligible(), d.refusals().stream().map(r -> new NextStepReason(r.ruleCode(), r.messageEn(), r.messageZh(), CitationView.of(r.cite()))).toList());
        }
    }
}
