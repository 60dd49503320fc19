package org.egov.itpm.settlement;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import org.egov.itpm.testsupport.TestClock;
import org.egov.itpm.testsupport.Walk;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The final settlement (决算) after final acceptance, the surplus it leaves against the funded amount and its return
 * (qufu-2024 art.25 in the version-2 pack: an open SURPLUS_RETURN finding until the whole surplus is returned).
 */
@QuarkusTest
class SettlementAndSurplusTest {

    static final String SETTLE = "recordFinalSettlement(projectId: $id, input: {settledOn: \"%s\", amount: \"%s\","
            + " documentNumber: \"曲财决〔2026〕8号\"}) { settledOn amount fundedAmount surplus }";
    static final String RETURN = "recordSurplusReturn(projectId: $id, input: {returnedOn: \"%s\", amount: \"%s\","
            + " returnedTo: \"曲阜市财政局国库\"}) { surplus surplusReturn { returnedOn amount returnedTo } }";

    @AfterEach
    void resetClock() {
        TestClock.reset();
    }

    @Test
    void shouldComputeTheSurplusAndAskForItsReturnUntilReturnedInFull() {
        Walk w = qufuAccepted("曲阜市决算项目");
        w.tryRun("unit-staff", RETURN.formatted("2026-03-02", "1.00"))
                .body("errors[0].extensions.code", equalTo("NO_SETTLEMENT"));

        w.run("unit-staff", SETTLE.formatted("2026-03-02", "5800000.00"))
                .body("data.recordFinalSettlement.fundedAmount", equalTo(6000000.00f))
                .body("data.recordFinalSettlement.surplus", equalTo(200000.00f));
        w.project("currentFindings { code citation { text } facts { name value } }")
                .body("data.project.currentFindings.find { it.code == 'SURPLUS_RETURN' }.citation.text",
                        equalTo("qufu-2024 art.25"));

        w.run("unit-staff", RETURN.formatted("2026-03-02", "150000.00"));
        w.project("currentFindings { code }").body("data.project.currentFindings.code", hasItem("SURPLUS_RETURN"));
        w.run("unit-staff", RETURN.formatted("2026-03-02", "200000.00"))
                .body("data.recordSurplusReturn.surplusReturn.amount", equalTo(200000.00f));
        w.project("currentFindings { code } settlement { surplus surplusReturn { returnedTo } }")
                .body("data.project.currentFindings.code", not(hasItem("SURPLUS_RETURN")))
                .body("data.project.settlement.surplusReturn.returnedTo", equalTo("曲阜市财政局国库"));
        w.tryRun("unit-staff", SETTLE.formatted("2026-03-02", "5900000.00"))
                .body("errors[0].extensions.code", equalTo("SURPLUS_ALREADY_RETURNED"));
    }

    @Test
    void shouldRefuseBadSettlementsAndReturnsWithCodedErrors() {
        Walk w = qufuAccepted("曲阜市决算校验");
        w.tryRun("unit-staff", SETTLE.formatted("2026-03-02", "6000000.01"))
                .body("errors[0].extensions.details.fieldErrors.code", equalTo(List.of("EXCEEDS_FUNDED")));
        w.tryRun("unit-staff", SETTLE.formatted("2026-03-03", "100.005"))
                .body("errors[0].extensions.details.fieldErrors.code", equalTo(List.of("DATE_IN_FUTURE",
                        "INVALID_MONEY")));
        w.tryRun("unit-staff", SETTLE.formatted("2026-03-01", "100.00"))
                .body("errors[0].extensions.details.fieldErrors.code", equalTo(List.of("BEFORE_FINAL_ACCEPTANCE")));
        w.tryRun("unit-staff", "recordFinalSettlement(projectId: $id, input: {settledOn: \"2026-03-02\", amount: \"1\","
                        + " documentNumber: \"" + "号".repeat(101) + "\"}) { surplus }")
                .body("errors[0].extensions.details.fieldErrors.code", equalTo(List.of("TOO_LONG")));
        w.tryRun("authority-reviewer", SETTLE.formatted("2026-03-02", "100.00"))
                .body("errors[0].extensions.code", equalTo("FORBIDDEN"));

        w.run("unit-staff", SETTLE.formatted("2026-03-02", "6000000.00"))
                .body("data.recordFinalSettlement.surplus", equalTo(0f));
        w.tryRun("unit-staff", RETURN.formatted("2026-03-02", "1.00"))
                .body("errors[0].extensions.code", equalTo("NO_SURPLUS"));
        w.run("unit-staff", SETTLE.formatted("2026-03-02", "5000000.00"));
        TestClock.setShanghai("2026-03-05T09:00");
        w.tryRun("unit-staff", RETURN.formatted("2026-03-01", "1000000.01"))
                .body("errors[0].extensions.details.fieldErrors.code", equalTo(List.of("BEFORE_SETTLEMENT",
                        "EXCEEDS_SURPLUS")));
    }

    @Test
    void shouldRefuseASettlementBeforeFinalAcceptance() {
        Walk w = Walk.qufuApproved("曲阜市未验收项目", "1000000.00");
        w.tryRun("unit-staff", SETTLE.formatted("2026-03-02", "100.00"))
                .body("errors[0].extensions.code", equalTo("NOT_FINALLY_ACCEPTED"));
        w.project("settlement { surplus }").body("data.project.settlement", nullValue());
    }

    static Walk qufuAccepted(String name) {
        Walk w = Walk.qufuApproved(name, "6000000.00").advance("finance-officer", "FUNDED");
        w.run("finance-officer", "addFundingEntry(projectId: $id, input: {year: 2026, kind: BUDGET,"
                + " amount: \"6000000.00\"}) { id }");
        w.responsibilityLetter("2026-03-02", "2026-03-02").advance("unit-lead", "PROCUREMENT")
                .advance("unit-lead", "CONSTRUCTION").complete("2026-03-02");
        w.run("unit-lead", "passPreliminaryAcceptance(projectId: $id) { status }");
        w.tryApplyForAcceptance().body("errors", nullValue());
        w.tryConcludeAcceptance(true).body("errors", nullValue());
        return w;
    }
}
