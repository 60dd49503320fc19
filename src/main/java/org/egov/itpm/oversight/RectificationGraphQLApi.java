package org.egov.itpm.oversight;

import jakarta.validation.constraints.Size;
import org.egov.itpm.common.TextLimits;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.graphql.DefaultValue;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;
import org.eclipse.microprofile.graphql.Source;
import org.egov.itpm.common.Ids;
import org.egov.itpm.common.InvalidInputException;
import org.egov.itpm.common.RequestBatch;
import org.egov.itpm.oversight.RectificationViews.EscalationView;
import org.egov.itpm.oversight.RectificationViews.OrderView;
import org.egov.itpm.policy.Severity;
import org.egov.itpm.project.ProjectView;
import org.egov.itpm.security.Roles;

/** Orders to rectify (限期整改), manual findings and escalation (issue #18); who may do what: docs/security.md. */
@GraphQLApi
public class RectificationGraphQLApi {

    @Inject
    RectificationService orders;
    @Inject
    EscalationService escalations;
    @Inject
    RectificationReads reads;
    @Inject
    RequestBatch batch;

    /** What an order or a manual finding says. */
    @Input("RectificationOrderInput")
    @Description("What to rectify (≤ 2,000 characters), the article of the project's pack it rests on (e.g. 'art.41',"
            + " 'item 22'), optionally its verbatim quote, the severity when missed (default WARNING), the legal date"
            + " issued (default today, never in the future) and the time limit (after issuedOn, not in the past;"
            + " required for an order, optional for a finding).")
    public static class OrderInput {
        public @Size(max = TextLimits.REASON) String text;
        public @Size(max = TextLimits.CODE) String article;
        public @Size(max = TextLimits.REASON) String quote;
        public Severity severity;
        public LocalDate issuedOn;
        public LocalDate dueOn;

        RectificationService.Issue toIssue() {
            return new RectificationService.Issue(text, article, quote, severity, issuedOn, dueOn);
        }
    }

    @Mutation("issueRectificationOrder")
    @Description("限期整改: order the project's construction unit to rectify by a date, citing the article.")
    @RolesAllowed({Roles.AUTHORITY_REVIEWER, Roles.AUTHORITY_APPROVER, Roles.NDRC_APPROVER, Roles.FINANCE_OFFICER,
            Roles.AUDITOR, Roles.SECURITY_OFFICER})
    public OrderView issueRectificationOrder(@Id @NonNull String projectId, @NonNull OrderInput input) {
        return view(orders.issue(Ids.parse("projectId", projectId), input.toIssue()));
    }

    @Mutation("raiseFinding")
    @Description("Record a finding by hand (kind FINDING), citing the article; it appears in the project's findings as"
            + " MANUAL until its rectification is accepted.")
    @RolesAllowed({Roles.AUTHORITY_REVIEWER, Roles.AUTHORITY_APPROVER, Roles.NDRC_APPROVER, Roles.FINANCE_OFFICER,
            Roles.AUDITOR, Roles.SECURITY_OFFICER})
    public OrderView raiseFinding(@Id @NonNull String projectId, @NonNull OrderInput input) {
        return view(orders.raiseFinding(Ids.parse("projectId", projectId), input.toIssue()));
    }

    @Mutation("reportRectification")
    @Description("The construction unit's rectification report (整改报告) with its documents; meets the time limit on"
            + " its date unless rejected.")
    @RolesAllowed({Roles.UNIT_STAFF, Roles.UNIT_LEAD})
    public OrderView reportRectification(@Id @NonNull String orderId, @NonNull @Size(max = TextLimits.REASON) String text, LocalDate on,
                                         @Description("Documents of this project the report attaches.") @Size(max = TextLimits.ITEMS) List<String> documentIds) {
        return view(orders.report(Ids.parse("orderId", orderId), text, on,
                Ids.parseAll("documentIds", documentIds)));
    }

    @Mutation("acceptRectification")
    @Description("The issuing body accepts the rectification; the order closes (a manual finding is resolved).")
    @RolesAllowed({Roles.AUTHORITY_REVIEWER, Roles.AUTHORITY_APPROVER, Roles.NDRC_APPROVER, Roles.FINANCE_OFFICER,
            Roles.AUDITOR, Roles.SECURITY_OFFICER})
    public OrderView acceptRectification(@Id @NonNull String orderId, @Size(max = TextLimits.REASON) String text, LocalDate on) {
        return view(orders.accept(Ids.parse("orderId", orderId), text, on));
    }

    @Mutation("rejectRectification")
    @Description("The issuing body finds the rectification short: back to ISSUED with a new time limit.")
    @RolesAllowed({Roles.AUTHORITY_REVIEWER, Roles.AUTHORITY_APPROVER, Roles.NDRC_APPROVER, Roles.FINANCE_OFFICER,
            Roles.AUDITOR, Roles.SECURITY_OFFICER})
    public OrderView rejectRectification(@Id @NonNull String orderId, @NonNull @Size(max = TextLimits.REASON) String text, @NonNull LocalDate newDueOn,
                                         LocalDate on) {
        return view(orders.reject(Ids.parse("orderId", orderId), text, newDueOn, on));
    }

    @Mutation("escalateRectification")
    @Description("逾期不整改或者整改后仍不符合要求: take a measure the project's pack names (policyPacks rules of"
            + " category 'ESCALATION <kind>', code = measure), once the order is overdue or its report fell short.")
    @RolesAllowed({Roles.AUTHORITY_APPROVER, Roles.NDRC_APPROVER, Roles.FINANCE_OFFICER})
    public OrderView escalateRectification(@Id @NonNull String orderId, @NonNull @Size(max = TextLimits.CODE) String measure, @Size(max = TextLimits.REASON) String text,
                                           LocalDate on) {
        Escalation e = escalations.escalate(Ids.parse("orderId", orderId), measure, text, on);
        return view(e.orderId);
    }

    @Mutation("liftEscalation")
    @Description("End a measure in force (e.g. resume funding entries), with the reason.")
    @RolesAllowed({Roles.AUTHORITY_APPROVER, Roles.NDRC_APPROVER, Roles.FINANCE_OFFICER})
    public EscalationView liftEscalation(@Id @NonNull String escalationId, @NonNull @Size(max = TextLimits.REASON) String text, LocalDate on) {
        return EscalationView.of(escalations.lift(Ids.parse("escalationId", escalationId), text, on));
    }

    @Query("rectificationOrders")
    @Description("Orders and manual findings of the projects in your scope, open ones by due date (at most 500).")
    @RolesAllowed({Roles.UNIT_STAFF, Roles.UNIT_LEAD, Roles.AUTHORITY_REVIEWER, Roles.AUTHORITY_APPROVER,
            Roles.NDRC_APPROVER, Roles.FINANCE_OFFICER, Roles.AUDITOR, Roles.SECURITY_OFFICER, Roles.ADMIN})
    public List<OrderView> rectificationOrders(OrderFilter filter, @DefaultValue("100") Integer first) {
        int size = first == null ? 100 : first; // an explicit null means the default, as for the other lists
        if (size < 1 || size > 500) {
            throw InvalidInputException.of("first", "INVALID_PAGE_SIZE", "must be between 1 and 500", "须在1至500之间");
        }
        return views(reads.search(filter, size));
    }

    @Description("Orders to rectify and manual findings on this project, oldest first.")
    @RolesAllowed({Roles.UNIT_STAFF, Roles.UNIT_LEAD, Roles.AUTHORITY_REVIEWER, Roles.AUTHORITY_APPROVER,
            Roles.NDRC_APPROVER, Roles.FINANCE_OFFICER, Roles.AUDITOR, Roles.SECURITY_OFFICER, Roles.EXPERT,
            Roles.SUPERVISOR, Roles.EVALUATOR, Roles.ADMIN})
    public List<List<OrderView>> rectificationOrders(@Source List<ProjectView> list) {
        Map<UUID, List<RectificationOrder>> byProject = batch.load("project", "rectificationOrders",
                list.stream().map(ProjectView::id).toList(), List.of(), reads::byProjects);
        List<RectificationOrder> all = byProject.values().stream().flatMap(List::stream).toList();
        Map<UUID, OrderView> viewed = viewsById(all);
        return list.stream().map(p -> byProject.getOrDefault(p.id(), List.of()).stream().map(o -> viewed.get(o.id))
                .toList()).toList();
    }

    private OrderView view(RectificationOrder o) {
        return views(List.of(o)).get(0);
    }

    private OrderView view(UUID orderId) {
        return view(reads.order(orderId));
    }

    private List<OrderView> views(List<RectificationOrder> list) {
        Map<UUID, OrderView> byId = viewsById(list);
        return list.stream().map(o -> byId.get(o.id)).toList();
    }

    /** Steps and escalations of every order in two statements. */
    private Map<UUID, OrderView> viewsById(Collection<RectificationOrder> list) {
        List<UUID> ids = list.stream().map(o -> o.id).toList();
        Map<UUID, List<RectificationStep>> steps = reads.stepsOf(ids);
        Map<UUID, List<Escalation>> measures = escalations.byOrders(ids);
        Map<UUID, OrderView> out = new java.util.LinkedHashMap<>();
        list.forEach(o -> out.put(o.id, OrderView.of(o, steps.getOrDefault(o.id, List.of()),
                measures.getOrDefault(o.id, List.of()))));
        return out;
    }
}
