package org.egov.itpm.policy.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.egov.itpm.policy.rules.Fixtures.CALENDAR;
import static org.egov.itpm.policy.rules.Fixtures.QUFU;

import java.time.LocalDate;
import java.util.List;
import org.egov.itpm.policy.Severity;
import org.egov.itpm.policy.facts.OversightOrder;
import org.egov.itpm.policy.facts.ProjectFacts;
import org.egov.itpm.policy.pack.Citation;
import org.junit.jupiter.api.Test;

/** An order's time limit is a deadline of the project; a manual finding is a finding until accepted. */
class OversightDeadlinesTest {

    static final Citation ART_41 = new Citation("qufu-2024", "art.41", "应当要求项目建设单位限期整改");
    static final LocalDate ISSUED = LocalDate.of(2026, 3, 2);
    static final LocalDate DUE = LocalDate.of(2026, 3, 31);

    private static ProjectFacts with(OversightOrder o) {
        return Fixtures.project(QUFU).oversightOrder(o).build();
    }

    private static OversightOrder order(LocalDate reportedOn, boolean closed) {
        return new OversightOrder("o1", false, Severity.ERROR, ART_41, "整改资金使用", "qufu-approver", ISSUED, DUE,
                reportedOn, closed);
    }

    private static Deadline orderDeadline(ProjectFacts f, LocalDate today) {
        return DeadlinePolicy.deadlines(QUFU, f, CALENDAR, today).stream()
                .filter(d -> d.ruleCode().equals("RECTIFICATION_ORDER")).findFirst().orElseThrow();
    }

    @Test
    void anOpenOrderIsDueThenMissedAndRaisesACitedFinding() {
        ProjectFacts f = with(order(null, false));
        Deadline due = orderDeadline(f, DUE);
        assertThat(due.status()).isEqualTo(DeadlineStatus.DUE);
        assertThat(due.key()).isEqualTo("qufu-2024:RECTIFICATION_ORDER:o1");
        assertThat(due.cite()).isEqualTo(ART_41);
        assertThat(orderDeadline(f, DUE.plusDays(1)).status()).isEqualTo(DeadlineStatus.MISSED);
        List<Finding> findings = FindingPolicy.findings(QUFU, f, CALENDAR, DUE.plusDays(1));
        assertThat(findings).anySatisfy(x -> {
            assertThat(x.key()).isEqualTo("qufu-2024:RECTIFICATION_ORDER:o1:DEADLINE_MISSED");
            assertThat(x.severity()).isEqualTo(Severity.ERROR);
            assertThat(x.messageEn()).contains("qufu-2024 art.41");
        });
    }

    @Test
    void aStandingReportOnTimeMeetsTheLimit() {
        assertThat(orderDeadline(with(order(DUE.minusDays(3), false)), DUE.plusDays(10)).status())
                .isEqualTo(DeadlineStatus.MET);
        assertThat(orderDeadline(with(order(DUE.plusDays(2), true)), DUE.plusDays(10)).status())
                .isEqualTo(DeadlineStatus.MISSED);
    }

    @Test
    void aManualFindingIsReportedUntilAcceptedAndNamesWhoRaisedIt() {
        OversightOrder finding = new OversightOrder("f1", true, Severity.WARNING, ART_41, "密码应用未评估",
                "qufu-auditor", ISSUED, null, null, false);
        List<Finding> open = FindingPolicy.findings(QUFU, with(finding), CALENDAR, ISSUED);
        assertThat(open).filteredOn(x -> x.code().equals("MANUAL_FINDING")).singleElement().satisfies(x -> {
            assertThat(x.key()).isEqualTo("qufu-2024:MANUAL_FINDING:f1");
            assertThat(x.facts()).containsEntry("raisedBy", "qufu-auditor");
            assertThat(x.cite()).isEqualTo(ART_41);
        });
        assertThat(DeadlinePolicy.deadlines(QUFU, with(finding), CALENDAR, ISSUED))
                .noneMatch(d -> d.ruleCode().equals("RECTIFICATION_ORDER"));
        OversightOrder accepted = new OversightOrder("f1", true, Severity.WARNING, ART_41, "密码应用未评估",
                "qufu-auditor", ISSUED, null, ISSUED.plusDays(5), true);
        assertThat(FindingPolicy.findings(QUFU, with(accepted), CALENDAR, ISSUED.plusDays(6)))
                .noneMatch(x -> x.code().equals("MANUAL_FINDING"));
    }
}
