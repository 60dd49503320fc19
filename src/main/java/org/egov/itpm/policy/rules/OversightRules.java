package org.egov.itpm.policy.rules;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.egov.itpm.policy.facts.OversightOrder;
import org.egov.itpm.policy.facts.ProjectFacts;
import org.egov.itpm.policy.rules.Deadline.DeadlineRuleView;

/**
 * Orders to rectify and manual findings as deadlines and findings. An order's time limit is met on the date of the
 * unit's rectification report, provided the report stands (awaiting the authority or accepted); a rejected report
 * no longer counts and the order runs to its new due date. A manual finding stays open until its rectification is
 * accepted.
 */
public final class OversightRules {

    /** Rule code of an order's deadline; its key is {@code <pack>:RECTIFICATION_ORDER:<order id>}. */
    public static final String ORDER_DEADLINE = "RECTIFICATION_ORDER";
    /** Code of a finding an oversight role raised by hand. */
    static final String MANUAL_FINDING = "MANUAL_FINDING";

    private OversightRules() {
    }

    static List<Deadline> deadlines(ProjectFacts f, LocalDate today) {
        List<Deadline> out = new ArrayList<>();
        for (OversightOrder o : f.oversightOrders()) {
            if (o.dueOn() != null) {
                DeadlineRuleView view = new DeadlineRuleView(ORDER_DEADLINE, o.severity(), o.cite());
                out.add(Deadline.of(view, o.id(), null, o.dueOn(), o.reportedOn(), today, Set.of()));
            }
        }
        return out;
    }

    static List<Finding> manualFindings(ProjectFacts f) {
        List<Finding> out = new ArrayList<>();
        for (OversightOrder o : f.oversightOrders()) {
            if (o.manualFinding() && !o.closed()) {
                Map<String, String> used = new LinkedHashMap<>();
                used.put("subject", o.id());
                used.put("raisedBy", o.raisedBy());
                used.put("raisedOn", o.issuedOn().toString());
                String where = " (" + o.cite().render() + ")";
                out.add(new Finding(o.cite().packId() + ":" + MANUAL_FINDING + ":" + o.id(), MANUAL_FINDING,
                        o.severity(), o.cite(), "Raised by " + o.raisedBy() + ": " + o.text() + where,
                        o.raisedBy() + "提出：" + o.text() + where, used));
            }
        }
        return out;
    }
}
