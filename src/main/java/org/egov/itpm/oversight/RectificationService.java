package org.egov.itpm.oversight;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.egov.itpm.common.BusinessClock;
import org.egov.itpm.common.ConflictException;
import org.egov.itpm.common.FieldError;
import org.egov.itpm.common.ForbiddenActionException;
import org.egov.itpm.common.InvalidInputException;
import org.egov.itpm.common.RuleViolationException;
import org.egov.itpm.common.Text;
import org.egov.itpm.organisation.OrganisationService;
import org.egov.itpm.policy.Severity;
import org.egov.itpm.policy.pack.Pack;
import org.egov.itpm.policy.rules.OrderArticles;
import org.egov.itpm.project.Project;
import org.egov.itpm.project.ProjectJudgements;
import org.egov.itpm.project.ProjectService;
import org.egov.itpm.project.Reasons;
import org.egov.itpm.security.CurrentUser;
import org.egov.itpm.security.Roles;
import org.egov.itpm.oversight.RectificationOrder.Kind;
import org.egov.itpm.oversight.RectificationOrder.State;
import org.egov.itpm.oversight.RectificationStep.Action;

/**
 * Orders to rectify (限期整改) and manual findings: issued or raised by an oversight role citing an article of the
 * project's pack, answered by the unit with a rectification report, accepted or rejected (with a new time limit) by
 * the issuing body. Escalation is {@link EscalationService}'s.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class RectificationService {

    /** What an order or a manual finding says. {@code dueOn} is required for an order. */
    public record Issue(String text, String article, String quote, Severity severity, LocalDate issuedOn,
                        LocalDate dueOn) {
    }

    @Inject
    EntityManager em;
    @Inject
    ProjectService projects;
    @Inject
    ProjectJudgements judgements;
    @Inject
    OrganisationService organisations;
    @Inject
    OrderSteps steps;
    @Inject
    CurrentUser user;
    @Inject
    BusinessClock clock;

    @Transactional
    public RectificationOrder issue(UUID projectId, Issue in) {
        return create(projectId, in, Kind.ORDER);
    }

    @Transactional
    public RectificationOrder raiseFinding(UUID projectId, Issue in) {
        return create(projectId, in, Kind.FINDING);
    }

    /** The unit's rectification report (整改报告), with its documents; only the project's own construction unit. */
    @Transactional
    public RectificationOrder report(UUID orderId, String text, LocalDate on, List<UUID> documentIds) {
        RectificationOrder o = steps.load(orderId);
        requireOwnUnit(o);
        OrderSteps.requireState(o, "report on", State.ISSUED, State.ESCALATED);
        String report = OrderSteps.text(text, "text", true);
        LocalDate date = steps.stepDate(o, on);
        o.state = State.REPORTED;
        o.reportedOn = date;
        steps.record(o, Action.REPORT, date, report, documentIds, null, null);
        return o;
    }

    @Transactional
    public RectificationOrder accept(UUID orderId, String text, LocalDate on) {
        RectificationOrder o = steps.load(orderId);
        requireIssuingBody(o);
        OrderSteps.requireState(o, "accept", State.REPORTED);
        LocalDate date = steps.stepDate(o, on);
        o.state = State.ACCEPTED;
        steps.record(o, Action.ACCEPT, date, OrderSteps.text(text, "text", false), List.of(), null, null);
        return o;
    }

    /** The rectification falls short: back to ISSUED with a new time limit; the rejected report no longer counts. */
    @Transactional
    public RectificationOrder reject(UUID orderId, String text, LocalDate newDueOn, LocalDate on) {
        RectificationOrder o = steps.load(orderId);
        requireIssuingBody(o);
        OrderSteps.requireState(o, "reject", State.REPORTED);
        String reason = OrderSteps.text(text, "text", true);
        LocalDate date = steps.stepDate(o, on);
        checkDue(newDueOn, date, "newDueOn");
        o.state = State.ISSUED;
        o.dueOn = newDueOn;
        o.reportedOn = null;
        steps.record(o, Action.REJECT, date, reason, List.of(), newDueOn, null);
        return o;
    }

    private RectificationOrder create(UUID projectId, Issue in, Kind kind) {
        Project p = projects.get(projectId);
        if (p.stage.isClosed()) {
            throw new ConflictException("PROJECT_CLOSED", new Text("project " + p.localCode + " is " + p.stage,
                    "项目" + p.localCode + "已" + p.stage));
        }
        Pack pack = packOf(p);
        List<FieldError> errors = new ArrayList<>();
        LocalDate issuedOn = clock.actDate(in.issuedOn(), "issuedOn");
        String text = OrderSteps.text(in.text(), "text", true);
        String quote = OrderSteps.text(in.quote(), "quote", false);
        if (in.article() == null || in.article().isBlank()) {
            errors.add(new FieldError("article", "ORDER_ARTICLE_REQUIRED", new Text("an order or finding must cite the"
                    + " article of " + pack.id() + " it rests on", "整改通知或问题须注明所依据的" + pack.id() + "条款")));
        } else if (!OrderArticles.isArticleOf(pack, in.article())) {
            errors.add(new FieldError("article", "ARTICLE_NOT_IN_PACK", new Text("'" + in.article() + "' is not an"
                    + " article of " + pack.id() + " (e.g. " + pack.articles().label() + "1 … " + pack.articles().label()
                    + pack.articles().last() + ")", "“" + in.article() + "”不是" + pack.id() + "的条款")));
        }
        if (kind == Kind.ORDER || in.dueOn() != null) {
            dueError(in.dueOn(), issuedOn, "dueOn").ifPresent(errors::add);
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        RectificationOrder o = new RectificationOrder();
        o.id = UUID.randomUUID();
        o.projectId = p.id;
        o.kind = kind;
        o.state = State.ISSUED;
        o.text = text;
        o.severity = in.severity() == null ? Severity.WARNING : in.severity();
        o.packId = pack.id();
        o.packVersion = pack.version();
        o.article = in.article().trim();
        o.quote = quote;
        o.issuedOn = issuedOn;
        o.dueOn = in.dueOn();
        o.issuedBy = user.username();
        o.issuerOrgCode = user.orgCode();
        o.issuerRegion = user.regionCode();
        o.createdAt = clock.now();
        em.persist(o);
        steps.record(o, kind == Kind.ORDER ? Action.ISSUE : Action.RAISE, issuedOn, text, List.of(), o.dueOn, null);
        return o;
    }

    private Pack packOf(Project p) {
        var binding = judgements.bindingOf(p);
        if (binding.pack() == null) {
            throw new RuleViolationException("NO_POLICY_PACK", new Text("no policy pack judges project " + p.localCode
                    + "; an order must cite one", "项目" + p.localCode + "无适用规则，无法依据条款下达整改"),
                    List.of(Reasons.cited("NO_POLICY_PACK", binding.outOfScope(), new Text("no pack for region "
                            + p.regionCode, "地区" + p.regionCode + "无适用规则"))));
        }
        return binding.pack();
    }

    private void checkDue(LocalDate dueOn, LocalDate after, String field) {
        dueError(dueOn, after, field).ifPresent(e -> {
            throw new InvalidInputException(List.of(e));
        });
    }

    private java.util.Optional<FieldError> dueError(LocalDate dueOn, LocalDate after, String field) {
        if (dueOn == null) {
            return java.util.Optional.of(new FieldError(field, "REQUIRED", new Text("an order sets a time limit",
                    "限期整改须注明期限")));
        }
        LocalDate today = clock.today();
        if (dueOn.isBefore(today)) {
            return java.util.Optional.of(new FieldError(field, "DUE_DATE_IN_PAST", new Text("must not be in the past"
                    + " (today is " + today + ")", "整改期限不得早于今天（" + today + "）")));
        }
        if (!dueOn.isAfter(after)) {
            return java.util.Optional.of(new FieldError(field, "DUE_NOT_AFTER_ISSUE", new Text("must be after " + after,
                    "须晚于" + after)));
        }
        return java.util.Optional.empty();
    }

    private void requireOwnUnit(RectificationOrder o) {
        Project p = projects.get(o.projectId);
        UUID callerOrg = user.orgCode() == null ? null
                : organisations.byCreditCode(user.orgCode()).map(org -> org.id).orElse(null);
        if (!user.hasAnyRole(Roles.UNIT_ROLES) || callerOrg == null || !callerOrg.equals(p.ownerOrgId)) {
            throw new ForbiddenActionException("NOT_YOUR_ORDER", new Text("the order is addressed to the project's"
                    + " construction unit; your organisation may not report on it",
                    "该整改通知下达给项目建设单位，您所在单位不能报送整改情况"));
        }
    }

    /** Accepting or rejecting is the issuing body's (same organisation as the issuer), or the admin's. */
    private void requireIssuingBody(RectificationOrder o) {
        if (o.issuerOrgCode != null && !o.issuerOrgCode.equals(user.orgCode())) {
            throw new ForbiddenActionException("NOT_ISSUING_BODY", new Text("only the body that issued the order ("
                    + o.issuerOrgCode + ") decides on its rectification", "整改验收由下达整改的单位（" + o.issuerOrgCode
                    + "）作出"));
        }
    }
}
