package org.egov.itpm.policy.rules;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.egov.itpm.policy.Severity;
import org.egov.itpm.policy.calendar.WorkingDayCalendar;
import org.egov.itpm.policy.facts.PendingReApproval;
import org.egov.itpm.policy.facts.ContractFacts;
import org.egov.itpm.policy.facts.ProjectFacts;
import org.egov.itpm.policy.pack.Citation;
import org.egov.itpm.policy.pack.CheckRule;
import org.egov.itpm.policy.pack.Pack;

/** The current findings for a project: missed deadlines, crossed thresholds, pack and calendar problems. */
public final class FindingPolicy {

    private FindingPolicy() {
    }

    public static List<Finding> findings(Pack pack, ProjectFacts facts, WorkingDayCalendar calendar, LocalDate today) {
        return findings(pack, null, facts, calendar, today);
    }

    /** As above for a project whose expired pack has {@code successor} in force today (null when none). */
    public static List<Finding> findings(Pack pack, Pack successor, ProjectFacts facts, WorkingDayCalendar calendar,
                                         LocalDate today) {
        List<Finding> out = new ArrayList<>();
        PackStanding.finding(pack, successor, today).ifPresent(out::add);
        for (Deadline d : DeadlinePolicy.deadlines(pack, facts, calendar, today)) {
            if (d.status() == DeadlineStatus.MISSED) {
                out.add(missed(d));
            }
            for (Integer year : d.missingCalendarYears()) {
                out.add(new Finding(d.key() + ":CALENDAR_YEAR_MISSING:" + year, "CALENDAR_YEAR_MISSING", Severity.WARNING,
                        d.cite(), "No holiday data for " + year + "; " + d.ruleCode() + " due date counted with weekends only",
                        year + "年节假日数据缺失，" + d.ruleCode() + "的期限仅按周末计算",
                        Map.of("year", String.valueOf(year), "due", d.due().toString(), "subject", d.subject())));
            }
        }
        for (CheckRule rule : pack.checks()) {
            out.addAll(ThresholdChecks.evaluate(rule, facts, today));
        }
        if (pack.change() != null) {
            facts.pendingReApprovals().forEach(c -> out.add(awaitingReApproval(pack, c)));
        }
        out.addAll(creditCodes(facts));
        out.addAll(OversightRules.manualFindings(facts));
        out.sort(Comparator.comparing(Finding::key));
        return out;
    }

    /**
     * A change awaiting re-approval: INFO, so that oversight sees approved content in flux. No seed gates a stage
     * on it (see docs/adr/0004-change-re-approval-round.md), so it is a finding, not a gate.
     */
    private static Finding awaitingReApproval(Pack pack, PendingReApproval c) {
        Citation cite = pack.change().cite();
        return new Finding("CHANGE:" + c.seq() + ":CHANGE_AWAITING_RE_APPROVAL", "CHANGE_AWAITING_RE_APPROVAL",
                Severity.INFO, cite, "Change request " + c.seq() + " (requested on " + c.requestedOn()
                        + ") awaits re-approval; the approved estimate and content stand until it is approved ("
                        + cite.render() + ")",
                "调整申请 " + c.seq() + "（" + c.requestedOn() + "提出）待重新审批，批复前仍按原批复内容和概算执行（"
                        + cite.render() + "）",
                Map.of("seq", String.valueOf(c.seq()), "requestedOn", String.valueOf(c.requestedOn())));
    }

    /** The national standard every pack relies on for suppliers' codes; not a pack rule. */
    static final Citation GB_32100 = new Citation("GB 32100-2015", "check character",
            "统一社会信用代码 18 characters; the 18th is a check character computed from the first 17 (mod 31)");

    /** A supplier code whose check character fails is stored with a warning, never refused (issue #6). */
    private static List<Finding> creditCodes(ProjectFacts facts) {
        List<Finding> out = new ArrayList<>();
        for (ContractFacts c : facts.contracts()) {
            if (!c.creditCodeCheckValid()) {
                String name = c.title() == null ? c.id() : c.title();
                out.add(new Finding(GB_32100.packId() + ":CREDIT_CODE_CHECK_CHARACTER:" + c.id(),
                        "CREDIT_CODE_CHECK_CHARACTER", Severity.WARNING, GB_32100,
                        "Supplier credit code of contract " + name + " fails the GB 32100 check character; verify it",
                        "合同" + name + "的供应商统一社会信用代码校验码不符（GB 32100），请核实",
                        Map.of("subject", c.id())));
            }
        }
        return out;
    }

    private static Finding missed(Deadline d) {
        Map<String, String> used = new LinkedHashMap<>();
        used.put("subject", d.subject());
        used.put("due", d.due().toString());
        used.put("metOn", String.valueOf(d.metOn()));
        String late = d.metOn() == null ? "not done" : "done late on " + d.metOn();
        String lateZh = d.metOn() == null ? "尚未完成" : "于" + d.metOn() + "逾期完成";
        return new Finding(d.key() + ":DEADLINE_MISSED", "DEADLINE_MISSED", d.severityWhenMissed(), d.cite(),
                d.ruleCode() + " (" + d.subject() + ") was due on " + d.due() + ", " + late + " (" + d.cite().render() + ")",
                d.ruleCode() + "（" + d.subject() + "）应于" + d.due() + "前完成，" + lateZh + "（" + d.cite().render() + "）",
                used);
    }
}
