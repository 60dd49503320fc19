package org.egov.itpm.change;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.emptyOrNullString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import org.egov.itpm.testsupport.Experts;
import org.egov.itpm.testsupport.Walk;
import org.junit.jupiter.api.Test;

/**
 * Change requests through the mutation path: the bound pack decides FILING or RE_APPROVAL (Baotou art.21 examples,
 * Qufu art.33, Jiangxi art.20); a re-approval rests on a passed CHANGE_REVIEW round of the change (Qufu art.16,
 * Baotou art.11, Jiangxi art.18) and records a CHANGE_APPROVAL; only an approved change moves the approved estimate.
 */
@QuarkusTest
class ChangeRequestTest {

    @Test
    void baotouRemovingSixteenPercentNeedsAReviewRoundAndTheApprovedAmountBecomesTheEstimate() {
        Walk w = baotou("包头市调整16%");
        String id = w.tryRequestChange("removedAmount: \"1600000\", reason: TECHNICAL_OPTIMISATION")
                .body("errors", nullValue())
                .body("data.requestChange.outcome", equalTo("RE_APPROVAL"))
                .body("data.requestChange.status", equalTo("AWAITING_APPROVAL"))
                .body("data.requestChange.reasons.code", hasItem("ADJUSTMENT_ABOVE_LIMIT"))
                .body("data.requestChange.reasons.citation.text", hasItem("baotou-2024 art.21"))
                .body("data.requestChange.arithmetic", hasItem(
                        "adjustment / estimate = 1600000.00 / 10000000.00 = 16.00% (limit 15%)"))
                .extract().path("data.requestChange.id");
        w.tryRun("unit-staff", "fileChange(changeId: \"" + id + "\") { status }")
                .body("errors[0].extensions.code", equalTo("CHANGE_NEEDS_RE_APPROVAL"))
                .body("errors[0].extensions.details.reasons.citation", hasItem("baotou-2024 art.21"));
        w.project("changeRequests { reviewBeforeApproval { code citation { text } } }")
                .body("data.project.changeRequests[0].reviewBeforeApproval.code", equalTo("CHANGE_REVIEW_REQUIRED"))
                .body("data.project.changeRequests[0].reviewBeforeApproval.citation.text", equalTo("baotou-2024 art.11"));
        w.tryRun("ndrc-approver", decide(id, "包政数批〔2026〕7号", "approvedAmount: \"8400000\""))
                .body("errors[0].extensions.code", equalTo("CHANGE_REVIEW_REQUIRED"))
                .body("errors[0].extensions.details.reasons.citation", hasItems("baotou-2024 art.21",
                        "baotou-2024 art.11"));

        w.changeReview(id, true, Experts.ZHOU);
        w.run("ndrc-approver", decide(id, "包政数批〔2026〕7号", "approvedAmount: \"8400000\","
                        + " issuingBody: \"包头市行政审批政务服务与数据管理局\""))
                .body("data.decideChange.status", equalTo("APPROVED"))
                .body("data.decideChange.documentNumber", equalTo("包政数批〔2026〕7号"));
        w.project("approvedEstimate changeRequests { status approval { kind approvedAmount issuingBody }"
                        + " reviews { type round status } }")
                .body("data.project.approvedEstimate", equalTo(8400000.00f))
                .body("data.project.changeRequests[0].approval.kind", equalTo("CHANGE_APPROVAL"))
                .body("data.project.changeRequests[0].approval.approvedAmount", equalTo(8400000.00f))
                .body("data.project.changeRequests[0].approval.issuingBody", equalTo("包头市行政审批政务服务与数据管理局"))
                .body("data.project.changeRequests[0].reviews.status", contains("PASSED"));
    }

    @Test
    void baotouRemovingFourteenPercentWithSixPercentNewContentNeedsReApproval() {
        baotou("包头市新增6%").tryRequestChange("removedAmount: \"1400000\", addedAmount: \"600000\","
                        + " newContentAmount: \"600000\", reason: BUSINESS_NEED_WITHIN_PLAN")
                .body("data.requestChange.outcome", equalTo("RE_APPROVAL"))
                .body("data.requestChange.reasons.code", hasItem("NEW_CONTENT_ABOVE_SHARE"))
                .body("data.requestChange.reasons.citation.text", hasItem("baotou-2024 art.21"));
    }

    @Test
    void baotouTenderSavingsDoNotCountSoTheChangeIsFiledAndApprovedOnFiling() {
        Walk w = baotou("包头市招标节余");
        String id = w.tryRequestChange("removedAmount: \"1600000\", tenderSavings: \"200000\", addedAmount: \"300000\","
                        + " newContentAmount: \"300000\", reason: TECHNICAL_OPTIMISATION")
                .body("data.requestChange.outcome", equalTo("FILING"))
                .body("data.requestChange.status", equalTo("AWAITING_FILING"))
                .body("data.requestChange.arithmetic", hasItem(
                        "removed 1600000.00 - tender savings 200000.00 = 1400000.00 counted"))
                .extract().path("data.requestChange.id");
        w.run("unit-staff", "fileChange(changeId: \"" + id + "\", reference: \"备案-1\") { status decidedOn }")
                .body("data.fileChange.status", equalTo("APPROVED"));
        w.project("approvedEstimate declarations { value } changeRequests { seq status }")
                .body("data.project.approvedEstimate", equalTo(10000000.00f))
                .body("data.project.declarations.value", hasItem("CHANGE"))
                .body("data.project.changeRequests.status", hasItems("APPROVED"));
    }

    @Test
    void qufuMajorChangeIsReviewedThenReApprovedAndOnlyTheApprovalMovesTheEstimate() {
        Walk w = Walk.qufuApproved("曲阜市重大变更", "6000000.00");
        String id = w.tryRequestChange("majorChange: true, addedAmount: \"500000\", proposedTotal: \"6500000\","
                        + " reason: OTHER")
                .body("data.requestChange.outcome", equalTo("RE_APPROVAL"))
                .body("data.requestChange.reasons.citation.text", hasItem("qufu-2024 art.33"))
                .extract().path("data.requestChange.id");
        w.project("approvedEstimate estimatedInvestment currentFindings { code severity citation { text } }")
                .body("data.project.estimatedInvestment", equalTo(6000000.00f))
                .body("data.project.approvedEstimate", nullValue())
                .body("data.project.currentFindings.findAll { it.code == 'CHANGE_AWAITING_RE_APPROVAL' }.severity",
                        contains("INFO"))
                .body("data.project.currentFindings.findAll { it.code == 'CHANGE_AWAITING_RE_APPROVAL' }.citation.text",
                        contains("qufu-2024 art.33"));
        w.tryRun("authority-approver", "decideChange(changeId: \"" + id + "\", approved: true) { status }")
                .body("errors[0].extensions.code", equalTo("INVALID_INPUT"));
        // Approving without the round the re-approval rests on (art.33 re-approval, art.16 立项 on review opinions).
        w.tryRun("authority-approver", decide(id, "曲政字〔2026〕9号", ""))
                .body("errors[0].extensions.code", equalTo("CHANGE_REVIEW_REQUIRED"))
                .body("errors[0].extensions.details.reasons.code", hasItems("MAJOR_CHANGE", "CHANGE_REVIEW_REQUIRED"))
                .body("errors[0].extensions.details.reasons.citation", hasItems("qufu-2024 art.33", "qufu-2024 art.16"));
        w.project("approvedEstimate approvals { kind }").body("data.project.approvedEstimate", nullValue())
                .body("data.project.approvals.kind", not(hasItem("CHANGE_APPROVAL")));

        // A change's round names its change; the project-review route does not take CHANGE_REVIEW.
        w.tryRun("authority-reviewer", "openReview(projectId: $id, type: CHANGE_REVIEW) { id }")
                .body("errors[0].extensions.code", equalTo("INVALID_INPUT"))
                .body("errors[0].extensions.details.fieldErrors[0].code", equalTo("CHANGE_REVIEW_NEEDS_CHANGE"));
        w.tryOpenChangeReview(id).body("errors[0].extensions.code", equalTo("EXPERT_PANEL_TOO_SMALL"))
                .body("errors[0].extensions.details.reasons.citation", hasItem("qufu-2024 art.16"));
        String round = w.tryOpenChangeReview(id, Experts.ZHANG, Experts.LI)
                .body("errors", nullValue())
                .body("data.openReview.round", equalTo(1))
                .body("data.openReview.changeRequestId", equalTo(id))
                .extract().path("data.openReview.id");
        w.tryOpenChangeReview(id, Experts.ZHANG).body("errors[0].extensions.code", equalTo("REVIEW_ALREADY_OPEN"));
        w.tryRun("authority-approver", decide(id, "曲政字〔2026〕9号", ""))
                .body("errors[0].extensions.code", equalTo("CHANGE_REVIEW_OPEN"));
        for (var expert : new org.egov.itpm.testsupport.TestTokens.Person[] {Experts.ZHANG, Experts.LI}) {
            org.egov.itpm.testsupport.GraphQL.postAs(expert, "mutation { addExpertOpinion(reviewId: \"" + round
                    + "\", conclusion: APPROVE, text: \"同意调整\") { id } }", java.util.Map.of())
                    .body("errors", nullValue());
        }
        w.run("authority-reviewer", "concludeReview(reviewId: \"" + round + "\", passed: true, conclusion: \"同意\")"
                + " { status }");

        w.run("authority-approver", decide(id, "曲政字〔2026〕9号", ""))
                .body("data.decideChange.status", equalTo("APPROVED"));
        w.project("approvedEstimate currentFindings { code } approvals { kind documentNumber approvedAmount changeRequestId }"
                        + " reviews { type change { seq status } }"
                        + " changeRequests { approval { documentNumber approvedAmount } reviews { id round status"
                        + " opinions { expert } change { seq } } }")
                .body("data.project.approvedEstimate", equalTo(6500000.00f))
                .body("data.project.currentFindings.code", not(hasItem("CHANGE_AWAITING_RE_APPROVAL")))
                .body("data.project.approvals.findAll { it.kind == 'CHANGE_APPROVAL' }.changeRequestId", contains(id))
                .body("data.project.approvals.findAll { it.kind == 'CHANGE_APPROVAL' }.approvedAmount",
                        contains(6500000.00f))
                .body("data.project.reviews.findAll { it.type == 'CHANGE_REVIEW' }.change.seq", contains(1))
                .body("data.project.reviews.findAll { it.type == 'TECHNICAL_REVIEW' }.change", contains(nullValue()))
                .body("data.project.changeRequests[0].approval.documentNumber", equalTo("曲政字〔2026〕9号"))
                .body("data.project.changeRequests[0].reviews.id", contains(round))
                .body("data.project.changeRequests[0].reviews[0].opinions.expert", hasItems("expert-zhang", "expert-li"))
                .body("data.project.changeRequests[0].reviews[0].change.seq", equalTo(1));
        w.tryRun("authority-approver", decide(id, "x", ""))
                .body("errors[0].extensions.code", equalTo("CHANGE_NOT_PENDING"));
        w.tryOpenChangeReview(id, Experts.ZHANG).body("errors[0].extensions.code", equalTo("CHANGE_NOT_PENDING"));
    }

    @Test
    void qufuRejectedRoundsLeaveTheChangeToBeRejectedAndTheEstimateUnchanged() {
        Walk w = Walk.qufuApproved("曲阜市调整未通过", "6000000.00");
        String id = w.tryRequestChange("majorChange: true, addedAmount: \"800000\", proposedTotal: \"6800000\","
                + " reason: OTHER").extract().path("data.requestChange.id");
        String first = w.changeReview(id, false, Experts.ZHANG);
        w.tryRun("authority-approver", decide(id, "曲政字〔2026〕10号", ""))
                .body("errors[0].extensions.code", equalTo("CHANGE_REVIEW_REQUIRED"))
                .body("errors[0].message", containsString("was rejected"));
        // The unit resubmits: round 2 of this change, same panel, linked to round 1.
        w.run("unit-lead", "resubmitReview(reviewId: \"" + first + "\") { id round changeRequestId previousReviewId }")
                .body("data.resubmitReview.round", equalTo(2))
                .body("data.resubmitReview.changeRequestId", equalTo(id))
                .body("data.resubmitReview.previousReviewId", equalTo(first));
        w.tryRun("authority-approver", "decideChange(changeId: \"" + id + "\", approved: false) { status }")
                .body("errors[0].extensions.code", equalTo("CHANGE_REVIEW_OPEN"));
        String second = w.project("changeRequests { reviews { id status } }")
                .extract().path("data.project.changeRequests[0].reviews[1].id");
        org.egov.itpm.testsupport.GraphQL.postAs(Experts.ZHANG, "mutation { addExpertOpinion(reviewId: \"" + second
                + "\", conclusion: REJECT, text: \"仍不同意\") { id } }", java.util.Map.of()).body("errors", nullValue());
        w.run("authority-reviewer", "concludeReview(reviewId: \"" + second + "\", passed: false, conclusion: \"不同意\")"
                + " { status }");

        w.run("authority-approver", "decideChange(changeId: \"" + id + "\", approved: false, note: \"评审未通过\")"
                + " { status decisionNote }").body("data.decideChange.status", equalTo("REJECTED"));
        w.project("approvedEstimate estimatedInvestment approvals { kind } changeRequests { status approval { id }"
                        + " reviews { round status } }")
                .body("data.project.approvedEstimate", nullValue())
                .body("data.project.estimatedInvestment", equalTo(6000000.00f))
                .body("data.project.approvals.kind", not(hasItem("CHANGE_APPROVAL")))
                .body("data.project.changeRequests[0].approval", nullValue())
                .body("data.project.changeRequests[0].reviews.round", contains(1, 2))
                .body("data.project.changeRequests[0].reviews.status", contains("REJECTED", "REJECTED"));
        w.tryRun("unit-lead", "resubmitReview(reviewId: \"" + second + "\") { id }")
                .body("errors[0].extensions.code", equalTo("CHANGE_NOT_PENDING"));
    }

    @Test
    void qufuMinorChangeIsFiledAndHasNoReviewRound() {
        Walk w = Walk.qufuApproved("曲阜市一般调整", "6000000.00");
        String id = w.tryRequestChange("addedAmount: \"100000\", removedAmount: \"100000\", reason: TECHNICAL_OPTIMISATION")
                .body("data.requestChange.outcome", equalTo("FILING"))
                .extract().path("data.requestChange.id");
        w.project("changeRequests { reviewBeforeApproval { code } }")
                .body("data.project.changeRequests[0].reviewBeforeApproval", nullValue());
        w.tryOpenChangeReview(id, Experts.ZHANG).body("errors[0].extensions.code", equalTo("CHANGE_NOT_PENDING"));
    }

    @Test
    void jiangxiHasNoFilingRouteAndApprovesAChangeOnlyAfterItsEvaluation() {
        Walk w = Walk.jiangxiApproved("江西省调整", "8000000.00");
        String first = w.tryRequestChange("addedAmount: \"1\", reason: TECHNICAL_OPTIMISATION")
                .body("data.requestChange.outcome", equalTo("RE_APPROVAL"))
                .body("data.requestChange.reasons.citation.text", hasItem("jiangxi-2024 art.20"))
                .extract().path("data.requestChange.id");
        w.tryRun("ndrc-approver", decide(first, "赣发改数字〔2026〕3号", ""))
                .body("errors[0].extensions.code", equalTo("CHANGE_REVIEW_REQUIRED"))
                .body("errors[0].extensions.details.reasons.citation", hasItems("jiangxi-2024 art.20",
                        "jiangxi-2024 art.18"));
        // Rejecting needs no round.
        w.run("ndrc-approver", "decideChange(changeId: \"" + first + "\", approved: false) { status }")
                .body("data.decideChange.status", equalTo("REJECTED"));
        // The approval feature does not take a change approval by itself.
        w.tryRun("ndrc-approver", "recordApproval(projectId: $id, input: {kind: CHANGE_APPROVAL, documentNumber: \"x\","
                        + " approvedOn: \"2026-03-03\", issuingBody: \"江西省发展改革委\"}) { id }")
                .body("errors[0].extensions.details.fieldErrors[0].code", equalTo("CHANGE_APPROVAL_VIA_DECIDE_CHANGE"));

        String second = w.tryRequestChange("addedAmount: \"400000\", proposedTotal: \"8400000\","
                + " reason: HIGHER_LEVEL_REQUIREMENT").extract().path("data.requestChange.id");
        w.tryOpenChangeReview(first, Experts.CHEN).body("errors[0].extensions.code", equalTo("CHANGE_NOT_PENDING"));
        w.reApproveChange(second, "ndrc-approver", "赣发改数字〔2026〕4号", Experts.CHEN, Experts.LIU);
        w.project("approvedEstimate changeRequests { seq status reviews { round } approval { issuingBody } }")
                .body("data.project.approvedEstimate", equalTo(8400000.00f))
                .body("data.project.changeRequests.status", contains("REJECTED", "APPROVED"))
                .body("data.project.changeRequests[1].reviews.round", contains(1))
                .body("data.project.changeRequests[1].approval.issuingBody", not(emptyOrNullString()));
    }

    @Test
    void changesBeforeApprovalAreRefusedAndAmountsAreChecked() {
        Walk w = Walk.start(org.egov.itpm.testsupport.TestTokens.QUFU_STAFF,
                org.egov.itpm.testsupport.TestTokens.QUFU_APPROVER, "草稿调整", "100000.00", "CONSTRUCTION", "FISCAL");
        w.tryRequestChange("addedAmount: \"1\", reason: OTHER")
                .body("errors[0].extensions.code", equalTo("CHANGE_NOT_ALLOWED"));
        w.tryRequestChange("addedAmount: \"1\", newContentAmount: \"2\", reason: OTHER")
                .body("errors[0].extensions.code", equalTo("INVALID_INPUT"))
                .body("errors[0].extensions.details.fieldErrors[0].code", equalTo("EXCEEDS_ADDED"));
    }

    /** decideChange approving {@code id} with a 文号 and further arguments ({@code extra}, may be empty). */
    private static String decide(String id, String documentNumber, String extra) {
        return "decideChange(changeId: \"" + id + "\", approved: true, documentNumber: \"" + documentNumber + "\""
                + (extra.isEmpty() ? "" : ", " + extra) + ") { status documentNumber }";
    }

    private static Walk baotou(String name) {
        return Walk.baotouApproved(name, "10000000.00");
    }
}
