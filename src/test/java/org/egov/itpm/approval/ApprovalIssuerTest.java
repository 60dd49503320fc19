package org.egov.itpm.approval;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import org.egov.itpm.testsupport.Experts;
import org.egov.itpm.testsupport.TestTokens;
import org.egov.itpm.testsupport.Walk;
import org.junit.jupiter.api.Test;

/**
 * Approvals (批复) and 立项 by the body that issues them (audit P10, issue #13 item 4): the pack names the body and
 * the article; the other approver is refused with a cited 403 and nothing is stored.
 */
@QuarkusTest
class ApprovalIssuerTest {

    @Test
    void jiangxiProjectApprovalAndLixiangAreTheNdrcsNotTheAuthoritys() {
        Walk w = Walk.start(TestTokens.JX_STAFF, TestTokens.JX_AUTHORITY, "江西省批复主体", "8000000.00",
                "CONSTRUCTION", "FISCAL");
        w.uploadAll("COLLECTIVE_DECISION_RECORD", "CONSTRUCTION_PLAN").library().apply();
        w.passReview("EXPERT_ARGUMENTATION", Experts.CHEN, Experts.LIU).passReview("JOINT_REVIEW");

        tryApproval(w, "authority-approver", "PROJECT_APPROVAL", "赣数据〔2026〕1号")
                .body("errors[0].extensions.code", equalTo("APPROVAL_NOT_ALLOWED_FOR_ROLE"))
                .body("errors[0].extensions.messages.en", containsString("jiangxi-2024 art.20"))
                .body("errors[0].extensions.messages.en", containsString("ndrc-approver"))
                .body("errors[0].extensions.messages.zh", containsString("省發展改革委按程序開展審批"));
        w.project("approvals { kind }").body("data.project.approvals", empty());
        // FILING is left to either approver in Jiangxi (art.23 names no approver): refused per kind, not wholesale.
        tryApproval(w, "authority-approver", "FILING", "赣数据〔2026〕2号").body("errors", nullValue());

        tryApproval(w, "ndrc-approver", "PROJECT_APPROVAL", "赣发改数字〔2026〕1号").body("errors", nullValue());
        w.tryAdvance("authority-approver", "APPROVED")
                .body("errors[0].extensions.code", equalTo("STAGE_NOT_ALLOWED_FOR_ROLE"))
                .body("errors[0].extensions.messages.en", containsString("jiangxi-2024 art.20"));
        w.project("stage").body("data.project.stage", equalTo("IN_REVIEW"));
        w.advance("ndrc-approver", "APPROVED");
    }

    @Test
    void baotouApprovalsAreTheDataBureausNotTheNdrcs() {
        Walk w = Walk.start(TestTokens.BT_STAFF, TestTokens.BT_AUTHORITY, "包头市批复主体", "3000000.00",
                "CONSTRUCTION", "FISCAL").library();
        w.attest("MEETS_DIGITAL_GOVERNMENT_PLAN", "CLEAR_NEEDS_AND_SOUND_DESIGN", "MEETS_SHARING_AND_INTENSIVE_BUILD");
        w.apply().passReview("EXPERT_ARGUMENTATION", Experts.ZHOU);

        tryApproval(w, "ndrc-approver", "FEASIBILITY_STUDY", "包发改〔2026〕1号")
                .body("errors[0].extensions.code", equalTo("APPROVAL_NOT_ALLOWED_FOR_ROLE"))
                .body("errors[0].extensions.messages.en", containsString("baotou-2024 art.11"))
                .body("errors[0].extensions.messages.zh", containsString("市行政审批政务服务与数据管理局"));
        w.project("approvals { kind } approvedEstimate").body("data.project.approvals", empty())
                .body("data.project.approvedEstimate", nullValue());

        tryApproval(w, "authority-approver", "FEASIBILITY_STUDY", "包审批数字〔2026〕1号").body("errors", nullValue());
        w.project("approvals { kind }").body("data.project.approvals.kind", hasItem("FEASIBILITY_STUDY"));
    }

    @Test
    void qufuChangeIsReApprovedOnlyByTheBigDataCentre() {
        Walk w = Walk.qufuApproved("曲阜市调整批复主体", "6000000.00");
        String id = w.tryRequestChange("majorChange: true, addedAmount: \"500000\", proposedTotal: \"6500000\","
                + " reason: OTHER").extract().path("data.requestChange.id");
        w.changeReview(id, true, Experts.ZHANG);

        w.tryRun("ndrc-approver", "decideChange(changeId: \"" + id + "\", approved: true, documentNumber:"
                        + " \"曲发改〔2026〕9号\") { status }")
                .body("errors[0].extensions.code", equalTo("APPROVAL_NOT_ALLOWED_FOR_ROLE"))
                .body("errors[0].extensions.messages.en", containsString("qufu-2024 art.33"));
        w.project("changeRequests { status } approvals { kind }")
                .body("data.project.changeRequests[0].status", equalTo("AWAITING_APPROVAL"))
                .body("data.project.approvals.kind", not(hasItem("CHANGE_APPROVAL")));

        w.run("authority-approver", "decideChange(changeId: \"" + id + "\", approved: true, documentNumber:"
                        + " \"曲政字〔2026〕9号\") { status }")
                .body("data.decideChange.status", equalTo("APPROVED"));
    }

    private static ValidatableResponse tryApproval(Walk w, String role, String kind, String documentNumber) {
        return w.tryRun(role, "recordApproval(projectId: $id, input: {kind: " + kind + ", documentNumber: \""
                + documentNumber + "\", approvedOn: \"2026-03-02\", approvedAmount: \"3000000\","
                + " issuingBody: \"审批机关\"}) { id }");
    }
}
