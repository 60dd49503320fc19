package org.egov.itpm.oversight;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Name;
import org.egov.itpm.pack.CitationView;
import org.egov.itpm.policy.Severity;
import org.egov.itpm.policy.pack.Citation;
import org.egov.itpm.policy.pack.EscalationKind;
import org.egov.itpm.policy.rules.EscalationPolicy;

/** The wire shapes of orders, their steps and escalations. */
final class RectificationViews {

    private RectificationViews() {
    }

    /** An order to rectify or a manual finding. */
    @Name("RectificationOrder")
    @Description("An order to rectify within a time limit (限期整改) or a finding raised by hand (kind FINDING), citing"
            + " an article of the project's pack; its time limit is a deadline of the project (ruleCode"
            + " RECTIFICATION_ORDER, subject = this id).")
    public record OrderView(@Id UUID id, @Id UUID projectId, RectificationOrder.Kind kind, RectificationOrder.State state,
                            String text, Severity severity, CitationView citation, LocalDate issuedOn,
                            LocalDate dueOn, @Description("Date of the standing rectification report, if any.")
                            LocalDate reportedOn, String issuedBy, String issuerOrgCode,
                            @Description("Every step, oldest first.") List<StepView> history,
                            @Description("Measures taken on this order, in force and lifted.")
                            List<EscalationView> escalations) {

        static OrderView of(RectificationOrder o, List<RectificationStep> steps, List<Escalation> escalations) {
            return new OrderView(o.id, o.projectId, o.kind, o.state, o.text, o.severity,
                    CitationView.of(new Citation(o.packId, o.article, o.quote)), o.issuedOn, o.dueOn, o.reportedOn,
                    o.issuedBy, o.issuerOrgCode, steps.stream().map(StepView::of).toList(),
                    escalations.stream().map(EscalationView::of).toList());
        }
    }

    /** One step of an order's history. */
    @Name("RectificationStep")
    @Description("A step of an order: who did what on which legal date, with text, documents, new due date or measure.")
    public record StepView(int seq, RectificationStep.Action action, String actor, LocalDate on, String text,
                           List<UUID> documentIds, LocalDate dueOn, String measure, Instant recordedAt) {

        static StepView of(RectificationStep s) {
            return new StepView(s.seq, s.action, s.actor, s.on, s.text, List.copyOf(s.documentIds), s.dueOn,
                    s.measure, s.at);
        }
    }

    /** A measure taken on an order. */
    @Name("Escalation")
    @Description("A measure of the pack taken on an unmet order; effect BLOCKS_FUNDING refuses new funding entries"
            + " until lifted, CARRIED_OUT_BY_LIFECYCLE is done with suspendProject / terminateProject.")
    public record EscalationView(@Id UUID id, String measure, EscalationKind kind, EscalationPolicy.Effect effect,
                                 CitationView citation, LocalDate decidedOn, String decidedBy, LocalDate liftedOn,
                                 String liftedBy, String liftReason, boolean inForce) {

        static EscalationView of(Escalation e) {
            return new EscalationView(e.id, e.measureCode, e.kind, EscalationPolicy.effect(e.kind),
                    CitationView.of(e.cite()), e.decidedOn, e.decidedBy, e.liftedOn, e.liftedBy, e.liftReason,
                    e.active());
        }
    }
}
