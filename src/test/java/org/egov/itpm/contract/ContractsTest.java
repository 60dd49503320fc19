package org.egov.itpm.contract;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import org.egov.itpm.testsupport.TestClock;
import org.egov.itpm.testsupport.Walk;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Contracts over the API: credit-code validation, Qufu art.24/28/30 deadlines and checks, Baotou art.19 监理 gate. */
@QuarkusTest
class ContractsTest {

    @AfterEach
    void resetClock() {
        TestClock.reset();
    }

    @Test
    void qufuContractSignedTwelveWorkingDaysAfterTheAwardNoticeRaisesAFindingCitingArt28() {
        Walk w = procurement(Walk.qufuApproved("曲阜市合同逾期签订", "3000000.00"));
        TestClock.setShanghai("2026-06-01T09:00");
        String id = w.registerContract("CONSTRUCTION", "awardNoticeOn: \"2026-06-01\", amount: \"2800000\","
                + " implementationMonths: 12, warrantyMonths: 24, clauses: [IP_OWNERSHIP, DATA_OWNERSHIP,"
                + " IP_BREACH_LIABILITY, CONFIDENTIALITY, ACCEPTANCE_CRITERIA]");
        w.project("deadlines { ruleCode subject status citation { text } }")
                .body("data.project.deadlines.findAll { it.ruleCode == 'CONTRACT_SIGNING' }.status", hasItem("DUE"))
                .body("data.project.deadlines.findAll { it.ruleCode == 'CONTRACT_SIGNING' }.citation.text",
                        hasItem("qufu-2024 art.28"));
        // 2026-06-01 + 12 working days (Dragon Boat festival is 06-19) = 2026-06-17
        TestClock.setShanghai("2026-06-17T09:00");
        w.tryUpdateContract(id, "signedOn: \"2026-06-17\"").body("errors", nullValue());
        w.project("currentFindings { code severity citation { text } facts { name value } }")
                .body("data.project.currentFindings.findAll { it.code == 'DEADLINE_MISSED' }.citation.text",
                        hasItem("qufu-2024 art.28"))
                .body("data.project.currentFindings.findAll { it.code == 'DEADLINE_MISSED' }.severity", hasItem("ERROR"));
        w.project("findings { code citation { text } resolvedAt }")
                .body("data.project.findings.findAll { it.code == 'DEADLINE_MISSED' }.citation.text",
                        hasItem("qufu-2024 art.28"));
    }

    @Test
    void qufuContractChecksPeriodsAndClausesAndTheFilingDeadline() {
        Walk w = procurement(Walk.qufuApproved("曲阜市合同条款", "3000000.00"));
        TestClock.setShanghai("2026-06-01T09:00");
        String id = w.registerContract("CONSTRUCTION", "awardNoticeOn: \"2026-06-01\", signedOn: \"2026-06-01\","
                + " implementationMonths: 40, warrantyMonths: 12, clauses: [CONFIDENTIALITY]");
        w.project("currentFindings { code citation { text } }")
                .body("data.project.currentFindings.code", hasItems("IMPLEMENTATION_PERIOD", "WARRANTY_PERIOD",
                        "IP_CLAUSE", "DATA_OWNERSHIP_CLAUSE"))
                .body("data.project.currentFindings.citation.text", hasItem("qufu-2024 art.30"));
        TestClock.setShanghai("2026-06-30T09:00");
        w.project("currentFindings { code facts { name value } citation { text } }")
                .body("data.project.currentFindings.findAll { it.code == 'DEADLINE_MISSED' }.citation.text",
                        hasItem("qufu-2024 art.28"));
        w.tryUpdateContract(id, "filedOn: \"2026-06-05\", implementationMonths: 36, warrantyMonths: 24,"
                + " clauses: [IP_OWNERSHIP, DATA_OWNERSHIP, IP_BREACH_LIABILITY, CONFIDENTIALITY, ACCEPTANCE_CRITERIA]")
                .body("errors", nullValue());
        w.project("currentFindings { code }")
                .body("data.project.currentFindings.code", not(hasItems("DEADLINE_MISSED")))
                .body("data.project.currentFindings.code", not(hasItem("IMPLEMENTATION_PERIOD")))
                .body("data.project.currentFindings.code", not(hasItem("IP_CLAUSE")));
    }

    @Test
    void qufuProcurementNeedsTheFiledResponsibilityLetter() {
        Walk w = Walk.qufuApproved("曲阜市责任书", "3000000.00").advance("finance-officer", "FUNDED");
        w.tryAdvance("unit-lead", "PROCUREMENT")
                .body("errors[0].extensions.code", equalTo("STAGE_TRANSITION_NOT_ALLOWED"))
                .body("errors[0].extensions.details.reasons.citation", hasItem("qufu-2024 art.24"));
        w.responsibilityLetter("2026-03-02", "2026-03-02").advance("unit-lead", "PROCUREMENT");
        w.project("responsibilityLetter { filedOn }")
                .body("data.project.responsibilityLetter.filedOn", equalTo("2026-03-02"));
    }

    @Test
    void malformedCreditCodeIsInvalidInputAndAWrongCheckCharacterIsStoredWithAWarning() {
        Walk w = procurement(Walk.qufuApproved("曲阜市信用代码", "3000000.00"));
        w.tryRegisterContract("CONSTRUCTION", "91350100I000100Y43", "")
                .body("errors[0].extensions.code", equalTo("INVALID_INPUT"))
                .body("errors[0].extensions.details.fieldErrors[0].field", equalTo("supplierCreditCode"))
                .body("errors[0].extensions.details.fieldErrors[0].code", equalTo("INVALID_CREDIT_CODE"));
        w.tryRegisterContract("CONSTRUCTION", "91350100M000100Y4", "")
                .body("errors[0].extensions.code", equalTo("INVALID_INPUT"));
        w.tryRegisterContract("CONSTRUCTION", "91350100M000100Y44", "")
                .body("errors", nullValue())
                .body("data.registerContract.creditCodeCheckValid", equalTo(false))
                .body("data.registerContract.warnings", hasItem("CREDIT_CODE_CHECK_CHARACTER"));
        w.tryRegisterContract("CONSTRUCTION", "11370881004123456F", "")
                .body("data.registerContract.creditCodeCheckValid", equalTo(true));
        w.project("contracts { supplierCreditCode creditCodeCheckValid }")
                .body("data.project.contracts.supplierCreditCode", hasItems("91350100M000100Y44", "11370881004123456F"));
    }

    @Test
    void aWrongCheckCharacterIsAStoredWarningCitingGb32100UntilTheCodeIsCorrected() {
        Walk w = procurement(Walk.qufuApproved("曲阜市信用代码校验", "3000000.00"));
        String id = w.tryRegisterContract("CONSTRUCTION", "914403001922038217", "")
                .body("data.registerContract.warnings", hasItem("CREDIT_CODE_CHECK_CHARACTER"))
                .extract().path("data.registerContract.id");
        w.project("currentFindings { code severity citation { pack text } facts { name value } }"
                        + " findings { code citation { text } resolvedAt }")
                .body("data.project.currentFindings.find { it.code == 'CREDIT_CODE_CHECK_CHARACTER' }.severity",
                        equalTo("WARNING"))
                .body("data.project.currentFindings.find { it.code == 'CREDIT_CODE_CHECK_CHARACTER' }.citation.text",
                        equalTo("GB 32100-2015 check character"))
                .body("data.project.currentFindings.find { it.code == 'CREDIT_CODE_CHECK_CHARACTER' }.facts.value",
                        hasItem(id))
                .body("data.project.findings.find { it.code == 'CREDIT_CODE_CHECK_CHARACTER' }.resolvedAt", nullValue());
        w.tryUpdateContract(id, "supplierCreditCode: \"91440300708461I36T\"")
                .body("errors[0].extensions.code", equalTo("INVALID_INPUT"))
                .body("errors[0].extensions.details.fieldErrors[0].code", equalTo("INVALID_CREDIT_CODE"));
        w.tryUpdateContract(id, "supplierCreditCode: \"914403001922038216\"").body("errors", nullValue());
        w.project("contracts { creditCodeCheckValid warnings } currentFindings { code } findings { code resolvedAt }")
                .body("data.project.contracts[0].creditCodeCheckValid", equalTo(true))
                .body("data.project.contracts[0].warnings", equalTo(java.util.List.of()))
                .body("data.project.currentFindings.code", not(hasItem("CREDIT_CODE_CHECK_CHARACTER")))
                .body("data.project.findings.find { it.code == 'CREDIT_CODE_CHECK_CHARACTER' }.resolvedAt",
                        org.hamcrest.Matchers.notNullValue());
    }

    @Test
    void contractsAreRefusedBeforeProcurementAndDatesMustFollowEachOther() {
        Walk w = Walk.qufuApproved("曲阜市合同过早", "3000000.00");
        w.tryRegisterContract("CONSTRUCTION", "91350100M000100Y43", "")
                .body("errors[0].extensions.code", equalTo("CONTRACT_NOT_ALLOWED"));
        procurement(w);
        w.tryRegisterContract("CONSTRUCTION", "91350100M000100Y43", "awardNoticeOn: \"2026-03-02\","
                        + " signedOn: \"2026-02-27\"")
                .body("errors[0].extensions.details.fieldErrors[0].code", equalTo("BEFORE_AWARD_NOTICE"));
    }

    @Test
    void baotouFromTwoMillionCannotEnterConstructionWithoutASupervisionContract() {
        Walk w = Walk.baotouApproved("包头市监理门槛", "2000000.00")
                .advance("finance-officer", "FUNDED").advance("unit-lead", "PROCUREMENT");
        w.registerContract("CONSTRUCTION", "awardNoticeOn: \"2026-03-02\", signedOn: \"2026-03-02\"");
        w.tryAdvance("unit-lead", "CONSTRUCTION")
                .body("errors[0].extensions.code", equalTo("STAGE_TRANSITION_NOT_ALLOWED"))
                .body("errors[0].extensions.details.reasons.citation", hasItem("baotou-2024 art.19"));
        w.supervisionContract("2026-03-02").advance("unit-lead", "CONSTRUCTION");
    }

    @Test
    void baotouBelowTwoMillionNeedsNoSupervisionContract() {
        Walk w = Walk.baotouApproved("包头市小额项目", "1999999.99")
                .advance("finance-officer", "FUNDED").advance("unit-lead", "PROCUREMENT");
        w.advance("unit-lead", "CONSTRUCTION");
    }

    static Walk procurement(Walk w) {
        return w.advance("finance-officer", "FUNDED").responsibilityLetter("2026-03-02", "2026-03-02")
                .advance("unit-lead", "PROCUREMENT");
    }
}
