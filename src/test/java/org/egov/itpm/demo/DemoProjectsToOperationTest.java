package org.egov.itpm.demo;

import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.ValidatableResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.egov.itpm.testsupport.GraphQL;
import org.egov.itpm.testsupport.TestClock;
import org.egov.itpm.testsupport.TestTokens.Person;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The local run's demo projects (db/demo-projects, docs/demo-data.md) of each pack are carried to OPERATION through
 * GraphQL alone, each step by the demo user who does it (docs/lifecycle.md, "Carrying a demo project to OPERATION").
 */
@QuarkusTest
@TestProfile(DemoDataProfile.class)
class DemoProjectsToOperationTest {

    @BeforeEach
    void today() {
        TestClock.setShanghai("2026-11-30T09:00");
    }

    @AfterEach
    void resetClock() {
        TestClock.reset();
    }

    @Test
    void qufuPhaseTwoFromConstruction() {
        Demo d = new Demo("dd000001-0003-4000-8000-000000000000", "qufu", "11370881004123456F", "11370881MB1234567D",
                "370881");
        d.stage("CONSTRUCTION");
        String contract = d.contract("CONSTRUCTION", "2026-04-20", "2026-04-28", "2026-05-06", "7200000");
        d.run(d.staff, "recordPlatformFiling(projectId: $p, filing: PROGRESS) { id }");
        d.run(d.staff, "recordCompletion(projectId: $p) { status }");
        d.run(d.lead, "passPreliminaryAcceptance(projectId: $p) { status }");
        d.try_(d.staff, "applyForFinalAcceptance(projectId: $p) { status }")
                .body("errors[0].extensions.code", equalTo("ACCEPTANCE_DOCUMENTS_MISSING"))
                .body("errors[0].extensions.details.reasons.citation", everyItem(equalTo("qufu-2024 art.34")));
        d.upload("CONTRACT_ACCEPTANCE_REPORT", contract);
        d.run(d.staff, "applyForFinalAcceptance(projectId: $p) { status }");
        d.run(d.approver, "concludeFinalAcceptance(projectId: $p, passed: true, opinion: \"通过竣工验收\") { status }");
        d.run(d.staff, "fileAcceptanceOpinion(projectId: $p, reference: \"验收意见备案\") { status }");
        d.advance(d.approver, "OPERATION");
        d.stage("OPERATION");
        d.postEvaluate("evaluator");
    }

    /**
     * 江西省人社一体化信息平台二期 is only APPROVED: its six months of trial run (jiangxi-2024 art.30) cannot be over
     * on the demo's today, so this walk moves the clock (the refusal first, cited). The project below can be carried
     * today.
     */
    @Test
    void jiangxiPhaseTwoFromApproved() {
        Demo d = new Demo("dd000001-0007-4000-8000-000000000000", "jx", "11360000014500456Y", "11360000MB1598765X",
                "360000");
        d.stage("APPROVED");
        d.advance(d.other("jx-finance", "finance-officer"), "FUNDED");
        d.advance(d.lead, "PROCUREMENT");
        d.contract("CONSTRUCTION", "2026-11-02", "2026-11-16", "2026-11-20", "35000000");
        d.contract("SUPERVISION", "2026-11-02", "2026-11-16", "2026-11-20", "600000");
        d.advance(d.lead, "CONSTRUCTION");
        d.supervise();
        d.advance(d.lead, "TRIAL_RUN");
        d.run(d.staff, "recordCompletion(projectId: $p) { status }");
        d.try_(d.lead, "passPreliminaryAcceptance(projectId: $p) { status }")
                .body("errors[0].extensions.details.reasons.citation", hasItem("jiangxi-2024 art.30"));
        TestClock.setShanghai("2027-06-01T09:00");
        d.run(d.lead, "passPreliminaryAcceptance(projectId: $p) { status }");
        d.run(d.other("jx-security", "security-officer"),
                "confirmAcceptanceCheck(projectId: $p, check: CRYPTO_CONFIRMATION, passed: true) { status }");
        d.run(d.reviewer, "confirmAcceptanceCheck(projectId: $p, check: DATA_SHARING_CONFIRMATION, passed: true) { status }");
        d.run(d.reviewer, "confirmAcceptanceCheck(projectId: $p, check: ARCHIVE_ACCEPTANCE, passed: true) { status }");
        d.uploadAll("PROJECT_SUMMARY", "DATA_SHARING_REPORT", "SECURE_RELIABLE_PRODUCTS_STATEMENT", "FINANCIAL_REPORT",
                "AUDIT_REPORT", "THIRD_PARTY_TEST_REPORT", "SECURITY_ASSESSMENT_REPORT", "CRYPTO_ASSESSMENT_REPORT",
                "CONFIDENTIALITY_RISK_ASSESSMENT");
        d.acceptAndOperate();
    }

    /**
     * 社会保障卡居民服务“一卡通”平台升级改造 has been in TRIAL_RUN since 2026-04-15 with both contracts signed and
     * filed and its completion recorded (demo data), so on the demo's today, 2026-11-30, the clock untouched, it is
     * carried to OPERATION: the six months of jiangxi-2024 art.30 are over.
     */
    @Test
    void jiangxiSocialSecurityCardFromTrialRunToday() {
        Demo d = new Demo("dd000001-0015-4000-8000-000000000000", "jx", "11360000014500456Y", "11360000MB1598765X",
                "360000");
        d.stage("TRIAL_RUN");
        d.project("contracts { kind signedOn filedOn creditCodeCheckValid warnings } acceptance { status completedOn }"
                        + " currentFindings { code }")
                .body("data.project.contracts.kind", containsInAnyOrder("CONSTRUCTION", "SUPERVISION"))
                .body("data.project.contracts.filedOn", everyItem(notNullValue()))
                .body("data.project.contracts.creditCodeCheckValid", everyItem(equalTo(true)))
                .body("data.project.contracts.warnings", everyItem(empty()))
                .body("data.project.acceptance.status", equalTo("COMPLETED"))
                .body("data.project.acceptance.completedOn", equalTo("2026-04-14"))
                // the demo stays bound to v1 and is offered v2 (ADR 0013); nothing else is found
                .body("data.project.currentFindings.code", equalTo(List.of("PACK_SUCCESSOR_AVAILABLE")));
        d.run(d.lead, "passPreliminaryAcceptance(projectId: $p) { status }");
        d.stage("PRELIMINARY_ACCEPTANCE");
        d.run(d.other("jx-security", "security-officer"),
                "confirmAcceptanceCheck(projectId: $p, check: CRYPTO_CONFIRMATION, passed: true) { status }");
        d.run(d.reviewer, "confirmAcceptanceCheck(projectId: $p, check: DATA_SHARING_CONFIRMATION, passed: true) { status }");
        d.run(d.reviewer, "confirmAcceptanceCheck(projectId: $p, check: ARCHIVE_ACCEPTANCE, passed: true) { status }");
        d.uploadAll("PROJECT_SUMMARY", "DATA_SHARING_REPORT", "SECURE_RELIABLE_PRODUCTS_STATEMENT", "FINANCIAL_REPORT",
                "AUDIT_REPORT", "THIRD_PARTY_TEST_REPORT", "SECURITY_ASSESSMENT_REPORT", "CRYPTO_ASSESSMENT_REPORT",
                "CONFIDENTIALITY_RISK_ASSESSMENT");
        d.acceptAndOperate();
        // all of it on the demo's today, and the pack finds nothing (no TRIAL_RUN_6_MONTHS: the trial run was long enough)
        d.project("acceptance { steps { kind onDate } } currentFindings { code }")
                .body("data.project.acceptance.steps.findAll { it.kind != 'COMPLETED' }.onDate", everyItem(equalTo("2026-11-30")))
                .body("data.project.acceptance.steps.kind", hasItem("PRELIMINARY_ACCEPTANCE"))
                .body("data.project.currentFindings.code", equalTo(List.of("PACK_SUCCESSOR_AVAILABLE")));
    }

    @Test
    void jianshanFromProcurement() {
        Demo d = new Demo("dd000001-0009-4000-8000-000000000000", "js", "112305020012345674", "11230502MB02345673",
                "230502");
        d.stage("PROCUREMENT");
        d.contract("CONSTRUCTION", "2026-10-12", "2026-10-20", "2026-10-22", "5800000");
        d.contract("SUPERVISION", "2026-10-12", "2026-10-20", "2026-10-22", "150000");
        d.advance(d.lead, "CONSTRUCTION");
        d.supervise();
        d.run(d.staff, "recordPlatformFiling(projectId: $p, filing: PROGRESS) { id }");
        d.run(d.staff, "fileConstructionReport(projectId: $p, input: {kind: PERFORMANCE, summary: \"项目绩效评价报告\"})"
                + " { id }");
        d.run(d.staff, "recordCompletion(projectId: $p) { status }");
        d.run(d.reviewer, "confirmAcceptanceCheck(projectId: $p, check: ARCHIVE_ACCEPTANCE, passed: true) { status }");
        d.uploadAll("PROJECT_SUMMARY", "FINANCIAL_REPORT", "AUDIT_REPORT", "SECURITY_ASSESSMENT_REPORT",
                "CRYPTO_ASSESSMENT_REPORT");
        d.acceptAndOperate();
    }

    @Test
    void wushanFromProcurement() {
        Demo d = new Demo("dd000001-0011-4000-8000-000000000000", "ws", "115002370098765433", "11500237MB17345675",
                "500237");
        d.stage("PROCUREMENT");
        d.contract("CONSTRUCTION", "2026-07-06", "2026-07-15", "2026-07-20", "8000000");
        d.contract("SUPERVISION", "2026-07-06", "2026-07-15", "2026-07-20", "160000");
        d.advance(d.lead, "CONSTRUCTION");
        d.supervise();
        d.run(d.staff, "fileConstructionReport(projectId: $p, input: {kind: PERFORMANCE, summary: \"2026年度绩效报告\"})"
                + " { id }");
        d.run(d.staff, "recordCompletion(projectId: $p) { status }");
        d.run(d.reviewer, "confirmAcceptanceCheck(projectId: $p, check: ARCHIVE_ACCEPTANCE, passed: true) { status }");
        d.uploadAll("PROJECT_SUMMARY", "FINANCIAL_REPORT", "AUDIT_REPORT", "SECURITY_ASSESSMENT_REPORT",
                "SECURITY_FILING_CERTIFICATE", "CRYPTO_ASSESSMENT_REPORT", "DATA_DICTIONARY");
        d.acceptAndOperate();
    }

    @Test
    void baotouFromFunded() {
        Demo d = new Demo("dd000001-0013-4000-8000-000000000000", "bt", "11150200011223344M", "11150200MB1834567X",
                "150200");
        d.stage("FUNDED");
        d.advance(d.lead, "PROCUREMENT");
        d.contract("CONSTRUCTION", "2026-06-01", "2026-06-10", "2026-06-15", "9000000");
        d.try_(d.lead, "advanceStage(projectId: $p, to: CONSTRUCTION, reason: \"进场\") { stage }")
                .body("errors[0].extensions.details.reasons.citation", hasItem("baotou-2024 art.19"));
        d.contract("SUPERVISION", "2026-06-01", "2026-06-10", "2026-06-15", "180000");
        d.advance(d.lead, "CONSTRUCTION");
        d.supervise();
        d.run(d.staff, "recordCompletion(projectId: $p) { status }");
        // art.22: the pre-acceptance review comes before the acceptance is organised, so before the application
        d.try_(d.staff, "applyForFinalAcceptance(projectId: $p) { status }")
                .body("errors[0].extensions.code", equalTo("ACCEPTANCE_CONDITIONS_UNMET"))
                .body("errors[0].extensions.details.reasons.citation", hasItem("baotou-2024 art.22"));
        d.run(d.reviewer, "confirmAcceptanceCheck(projectId: $p, check: PRE_ACCEPTANCE_REVIEW, passed: true) { status }");
        d.run(d.staff, "applyForFinalAcceptance(projectId: $p) { status }");
        d.run(d.approver, "concludeFinalAcceptance(projectId: $p, passed: true, opinion: \"通过竣工验收\") { status }");
        d.advance(d.approver, "OPERATION");
        d.stage("OPERATION");
        d.postEvaluate("bt-evaluator");
    }

    /** Every identity the walks use is a demo user of keycloak/demo/itpm-demo-users.json with that role, org and region. */
    private static void requireRealmUser(Person p) {
        try {
            var realm = new com.fasterxml.jackson.databind.ObjectMapper().readTree(
                    java.nio.file.Path.of("keycloak/demo/itpm-demo-users.json").toFile());
            var user = java.util.stream.StreamSupport.stream(realm.get("users").spliterator(), false)
                    .filter(u -> u.get("username").asText().equals(p.username())).findFirst()
                    .orElseThrow(() -> new AssertionError("no demo user " + p.username()));
            org.assertj.core.api.Assertions.assertThat(user.get("realmRoles").toString()).as(p.username())
                    .contains(p.roles().get(0));
            org.assertj.core.api.Assertions.assertThat(user.get("attributes").get("org_code").get(0).asText())
                    .as(p.username()).isEqualTo(p.orgCode());
            org.assertj.core.api.Assertions.assertThat(user.get("attributes").get("region_code").get(0).asText())
                    .as(p.username()).isEqualTo(p.regionCode());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** One demo project and the demo users of its jurisdiction (docs/demo-data.md). */
    private static final class Demo {
        final String id;
        final Person staff, lead, reviewer, approver;
        private final String prefix, authorityOrg, region;

        Demo(String id, String prefix, String unitOrg, String authorityOrg, String region) {
            this.id = id;
            this.prefix = prefix;
            this.authorityOrg = authorityOrg;
            this.region = region;
            staff = new Person(prefix + "-staff", List.of("unit-staff"), unitOrg, region);
            lead = new Person(prefix + "-lead", List.of("unit-lead"), unitOrg, region);
            requireRealmUser(staff);
            requireRealmUser(lead);
            reviewer = other(prefix + "-reviewer", "authority-reviewer");
            approver = other(prefix + "-approver", "authority-approver");
        }

        Person other(String username, String role) {
            Person p = new Person(username, List.of(role), authorityOrg, region);
            requireRealmUser(p);
            return p;
        }

        void stage(String expected) {
            GraphQL.postAs(staff, "query($p: ID!) { project(id: $p) { stage } }", Map.of("p", id))
                    .body("errors", nullValue()).body("data.project.stage", equalTo(expected));
        }

        /** The project's {@code fields} as the unit's staff sees them. */
        ValidatableResponse project(String fields) {
            return GraphQL.postAs(staff, "query($p: ID!) { project(id: $p) { " + fields + " } }", Map.of("p", id))
                    .body("errors", nullValue());
        }

        ValidatableResponse try_(Person who, String field) {
            return GraphQL.postAs(who, "mutation($p: ID!) { " + field + " }", Map.of("p", id));
        }

        ValidatableResponse run(Person who, String field) {
            return try_(who, field).body("errors", nullValue());
        }

        void advance(Person who, String to) {
            run(who, "advanceStage(projectId: $p, to: " + to + ", reason: \"demo\") { stage }")
                    .body("data.advanceStage.stage", equalTo(to));
        }

        String contract(String kind, String award, String signed, String filed, String amount) {
            Map<String, Object> in = new HashMap<>(Map.of("kind", kind, "title", kind + " 合同", "supplierName",
                    "深圳市腾讯计算机系统有限公司", "supplierCreditCode", "91440300708461136T", "awardNoticeOn", award,
                    "signedOn", signed, "filedOn", filed, "amount", amount, "implementationMonths", 12));
            in.put("warrantyMonths", 24);
            return GraphQL.postAs(staff, "mutation($p: ID!, $in: ContractInput!) { registerContract(projectId: $p,"
                    + " input: $in) { id warnings } }", Map.of("p", id, "in", withClauses(in)))
                    .body("errors", nullValue()).body("data.registerContract.warnings", equalTo(List.of()))
                    .extract().path("data.registerContract.id");
        }

        void upload(String type, String contractId) {
            Map<String, Object> vars = new HashMap<>(Map.of("p", id, "t", type, "c", Base64.getEncoder().encodeToString(
                    ("示例文件 " + type).getBytes(StandardCharsets.UTF_8))));
            vars.put("k", contractId);
            GraphQL.postAs(staff, "mutation($p: ID!, $t: DocumentType!, $c: String!, $k: ID) { uploadDocument("
                    + "projectId: $p, type: $t, fileName: \"" + type.toLowerCase() + ".pdf\", contentType:"
                    + " \"application/pdf\", contentBase64: $c, contractId: $k) { id } }", vars).body("errors", nullValue());
        }

        void uploadAll(String... types) {
            for (String t : types) {
                upload(t, null);
            }
        }

        /** Apply, pass, OPERATION, with the checklist complete. */
        void acceptAndOperate() {
            GraphQL.postAs(staff, "query($p: ID!) { project(id: $p) { acceptanceChecklist { present } } }",
                    Map.of("p", id)).body("data.project.acceptanceChecklist.present", everyItem(equalTo(true)));
            run(staff, "applyForFinalAcceptance(projectId: $p) { status }");
            run(approver, "concludeFinalAcceptance(projectId: $p, passed: true, opinion: \"通过竣工验收\") { status }");
            advance(approver, "OPERATION");
            stage("OPERATION");
            postEvaluate(prefix + "-evaluator");
        }

        /** The region's demo supervisor (监理) files a monthly supervision report. */
        void supervise() {
            run(other(prefix + "-supervisor", "supervisor"), "fileConstructionReport(projectId: $p, input:"
                    + " {kind: SUPERVISION, summary: \"监理月报\"}) { id }");
        }

        /** The region's demo third-party evaluator records the 后评价. */
        void postEvaluate(String evaluator) {
            run(other(evaluator, "evaluator"), "recordPostEvaluation(projectId: $p, score: \"88\", conclusion: GOOD,"
                    + " evaluator: \"第三方评价机构\", summary: \"后评价\") { id }");
        }

        private static Map<String, Object> withClauses(Map<String, Object> in) {
            in.put("clauses", List.of("IP_OWNERSHIP", "DATA_OWNERSHIP", "IP_BREACH_LIABILITY", "CONFIDENTIALITY",
                    "ACCEPTANCE_CRITERIA"));
            return in;
        }
    }
}
