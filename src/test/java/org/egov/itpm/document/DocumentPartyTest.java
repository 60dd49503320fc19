package org.egov.itpm.document;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.assertj.core.api.SoftAssertions;
import org.egov.itpm.policy.DocumentType;
import org.egov.itpm.testsupport.Experts;
import org.egov.itpm.testsupport.GraphQL;
import org.egov.itpm.testsupport.TestClock;
import org.egov.itpm.testsupport.TestTokens;
import org.egov.itpm.testsupport.TestTokens.Person;
import org.egov.itpm.testsupport.Walk;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Acts by their party (audit D3): a document issued by an authority, expert or third party is theirs to record. */
@QuarkusTest
class DocumentPartyTest {

    @AfterEach
    void resetClock() {
        TestClock.reset();
    }

    @Test
    void baotouPreAcceptanceReviewIsTheDataBureausAndOnlyItsOpinionLetsTheUnitApplyForAcceptance() {
        Walk w = Walk.baotouApproved("包头市前置审核", "3000000.00")
                .advance("finance-officer", "FUNDED").advance("unit-lead", "PROCUREMENT");
        w.registerContract("CONSTRUCTION", "awardNoticeOn: \"2026-03-02\", signedOn: \"2026-03-02\", amount: \"2900000\"");
        w.supervisionContract("2026-03-02").advance("unit-lead", "CONSTRUCTION");
        TestClock.setShanghai("2026-08-03T09:00");
        w.complete("2026-08-03");

        w.tryUpload(w.as("unit-staff"), "PRE_ACCEPTANCE_REVIEW_OPINION").statusCode(403)
                .body("code", equalTo("DOCUMENT_TYPE_NOT_ALLOWED_FOR_ROLE"))
                .body("detail", containsString("baotou-2024 art.22"));
        uploadOverGraphQL(w.as("unit-lead"), w.projectId, "PRE_ACCEPTANCE_REVIEW_OPINION")
                .body("errors[0].extensions.code", equalTo("DOCUMENT_TYPE_NOT_ALLOWED_FOR_ROLE"));
        w.project("documents { type }").body("data.project.documents.type",
                not(hasItem("PRE_ACCEPTANCE_REVIEW_OPINION")));
        w.tryApplyForAcceptance().body("errors[0].extensions.details.reasons.citation",
                hasItem("baotou-2024 art.22"));

        w.uploadAs(w.as("authority-reviewer"), "PRE_ACCEPTANCE_REVIEW_OPINION");
        w.tryApplyForAcceptance().body("data.applyForFinalAcceptance.status", equalTo("APPLIED"));
        w.tryConcludeAcceptance(true).body("data.concludeFinalAcceptance.status", equalTo("PASSED"));
    }

    @Test
    void anExpertSignsTheJianshanArgumentationOpinionOnlyForAProjectWhosePanelTheySitOn() {
        Walk w = Walk.start(TestTokens.JS_STAFF, TestTokens.JS_AUTHORITY, "尖山区专家意见", "2000000.00",
                "CONSTRUCTION", "FISCAL").library().apply();
        Person outsider = new Person("expert-js-outsider", List.of("expert"), null, "230502");

        w.tryUpload(w.as("unit-staff"), "EXPERT_OPINION").statusCode(403)
                .body("code", equalTo("DOCUMENT_TYPE_NOT_ALLOWED_FOR_ROLE"))
                .body("detail", containsString("jianshan-2024 item 3"));
        // Issue #15: an expert on none of the project's panels does not see it at all.
        w.tryUpload(Experts.ZHAO, "EXPERT_OPINION").statusCode(404).body("code", equalTo("NOT_FOUND"));
        String round = GraphQL.postAs(w.as("authority-reviewer"), "mutation($id: ID!) { openReview(projectId: $id,"
                + " type: EXPERT_ARGUMENTATION, panel: [\"expert-zhao\"], appointmentReason: \"指定\") { id } }", Map.of("id", w.projectId))
                .body("errors", nullValue()).extract().path("data.openReview.id");
        w.tryUpload(outsider, "EXPERT_OPINION").statusCode(404).body("code", equalTo("NOT_FOUND"));
        uploadOverGraphQL(outsider, w.projectId, "EXPERT_OPINION")
                .body("errors[0].extensions.code", equalTo("NOT_FOUND"));
        w.project("documents { type }").body("data.project.documents.type", not(hasItem("EXPERT_OPINION")));

        w.uploadAs(Experts.ZHAO, "EXPERT_OPINION");
        w.project("documents { type uploadedBy }").body("data.project.documents.uploadedBy", hasItem("expert-zhao"));
        GraphQL.postAs(Experts.ZHAO, "mutation($r: ID!) { addExpertOpinion(reviewId: $r, conclusion: APPROVE,"
                + " text: \"同意\") { id } }", Map.of("r", round)).body("errors", nullValue());
        GraphQL.postAs(w.as("authority-reviewer"), "mutation($r: ID!) { concludeReview(reviewId: $r, passed: true,"
                + " conclusion: \"通过\") { status } }", Map.of("r", round)).body("errors", nullValue());
        // The round concluded: the expert still reads the project, but writes nothing more (ADR 0010).
        w.tryUpload(Experts.ZHAO, "EXPERT_OPINION").statusCode(403).body("code", equalTo("ENGAGEMENT_ENDED"));
    }

    @Test
    void wushanAssessmentReportIsTheCommissionedThirdPartysNotTheUnits() {
        Walk w = Walk.start(TestTokens.WS_STAFF, TestTokens.WS_AUTHORITY, "巫山县评估报告", "1000000.00",
                "CONSTRUCTION", "FISCAL");
        w.uploadAll("INFORMATION_RESOURCE_CATALOGUE").library().apply();
        uploadOverGraphQL(w.as("unit-staff"), w.projectId, "THIRD_PARTY_ASSESSMENT_REPORT")
                .body("errors[0].extensions.code", equalTo("DOCUMENT_TYPE_NOT_ALLOWED_FOR_ROLE"))
                .body("errors[0].message", containsString("wushan-2022 art.9"));
        w.tryUpload(w.as("supervisor"), "THIRD_PARTY_ASSESSMENT_REPORT").statusCode(403);
        w.uploadAs(w.as("evaluator"), "THIRD_PARTY_ASSESSMENT_REPORT");
        w.uploadAs(w.as("ndrc-approver"), "THIRD_PARTY_ASSESSMENT_REPORT");
    }

    @Test
    void noRoleDeclaresTheJiangxiAcceptanceConfirmationsInsteadOfTheConfirmingBodies() {
        Walk w = Walk.start(TestTokens.JX_STAFF, TestTokens.JX_AUTHORITY, "江西确认不可代声明", "1000000.00",
                "CONSTRUCTION", "FISCAL");
        for (String role : List.of("authority-reviewer", "authority-approver", "ndrc-approver", "security-officer")) {
            w.tryRun(role, "attest(projectId: $id, attestation: ACCEPTANCE_CONFIRMATIONS_PASSED) { id }")
                    .body("errors[0].extensions.code", equalTo("ATTESTATION_NOT_ALLOWED_FOR_ROLE"))
                    .body("errors[0].message", containsString("jiangxi-2024 art.30"));
        }
        w.tryRun("unit-lead", "attest(projectId: $id, attestation: DATA_SHARED) { id }")
                .body("errors[0].extensions.code", equalTo("FORBIDDEN"));
        w.tryRun("authority-reviewer", "attest(projectId: $id, attestation: DATA_SHARED) { id }")
                .body("errors", org.hamcrest.Matchers.nullValue());
        w.project("declarations { value }").body("data.project.declarations.value", equalTo(List.of("DATA_SHARED")));
    }

    /** The issuers of the acts that are not the unit's own; every other type is the unit's (OTHER anyone's). */
    static final Map<String, Set<String>> ISSUERS = Map.of(
            "EXPERT_OPINION", Set.of("authority-reviewer"),
            "THIRD_PARTY_ASSESSMENT_REPORT", Set.of("evaluator", "ndrc-approver"),
            "SUPERVISION_REPORT", Set.of("supervisor"),
            "PRE_ACCEPTANCE_REVIEW_OPINION", Set.of("authority-reviewer", "authority-approver"),
            "DATA_SHARING_CONFIRMATION", Set.of("authority-reviewer", "authority-approver"),
            "CRYPTO_CONFIRMATION", Set.of("security-officer"),
            "ARCHIVE_ACCEPTANCE_OPINION", Set.of("authority-reviewer", "authority-approver"),
            "ACCEPTANCE_OPINION", Set.of("authority-reviewer", "authority-approver", "ndrc-approver"));

    @Test
    void everyDocumentTypeIsRecordedOnlyByItsIssuerOverGraphQL() {
        Walk w = Walk.start(TestTokens.QUFU_STAFF, TestTokens.QUFU_REVIEWER, "文件出具方矩阵", "100.00",
                "CONSTRUCTION", "FISCAL");
        List<String> roles = List.of("unit-staff", "unit-lead", "authority-reviewer", "authority-approver",
                "ndrc-approver", "finance-officer", "security-officer", "expert", "supervisor", "evaluator");
        SoftAssertions softly = new SoftAssertions();
        for (DocumentType type : DocumentType.values()) {
            Set<String> allowed = type == DocumentType.OTHER ? Set.copyOf(roles)
                    : ISSUERS.getOrDefault(type.name(), Set.of("unit-staff", "unit-lead"));
            for (String role : roles) {
                String code = uploadOverGraphQL(w.as(role), w.projectId, type.name()).extract()
                        .path("errors[0].extensions.code");
                String expected;
                if (role.equals("expert")) {
                    expected = "NOT_FOUND"; // on none of this project's panels: it does not see it (issue #15)
                } else if (!allowed.contains(role)) {
                    expected = "DOCUMENT_TYPE_NOT_ALLOWED_FOR_ROLE";
                } else if (type == DocumentType.CONTRACT_ACCEPTANCE_REPORT) {
                    expected = "INVALID_INPUT"; // the unit's, but it must name its contract (Qufu art.34)
                } else {
                    expected = null;
                }
                softly.assertThat(code).as(type + " by " + role).isEqualTo(expected);
            }
        }
        softly.assertAll();
    }

    private static io.restassured.response.ValidatableResponse uploadOverGraphQL(Person who, String projectId,
                                                                                  String type) {
        return GraphQL.postAs(who, """
                mutation($p: ID!, $t: DocumentType!) {
                  uploadDocument(projectId: $p, type: $t, fileName: "a.pdf", contentBase64: "YQ==") { id } }""",
                Map.of("p", projectId, "t", type));
    }
}
