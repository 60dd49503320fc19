package org.egov.itpm.change;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import org.egov.itpm.testsupport.Walk;
import org.junit.jupiter.api.Test;

/**
 * Change requests through the mutation path: the bound pack decides FILING or RE_APPROVAL (Baotou art.21 examples,
 * Qufu art.33, Jiangxi art.20), and only an approved change moves the approved estimate.
 */
@QuarkusTest
class ChangeRequestTest {

    @Test
    void baotouRemovingSixteenPercentNeedsReApprovalAndCannotBeFiled() {
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
        w.run("ndrc-approver", "decideChange(changeId: \"" + id + "\", approved: false, note: \"不同意\") { status }")
                .body("data.decideChange.status", equalTo("REJECTED"));
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
    void qufuMajorChangeIsReApprovedAndOnlyTheApprovalMovesTheEstimate() {
        Walk w = Walk.qufuApproved("曲阜市重大变更", "6000000.00");
        String id = w.tryRequestChange("majorChange: true, addedAmount: \"500000\", proposedTotal: \"6500000\","
                        + " reason: OTHER")
                .body("data.requestChange.outcome", equalTo("RE_APPROVAL"))
                .body("data.requestChange.reasons.citation.text", hasItem("qufu-2024 art.33"))
                .extract().path("data.requestChange.id");
        w.project("approvedEstimate estimatedInvestment").body("data.project.estimatedInvestment", equalTo(6000000.00f))
                .body("data.project.approvedEstimate", nullValue());
        w.tryRun("authority-approver", "decideChange(changeId: \"" + id + "\", approved: true) { status }")
                .body("errors[0].extensions.code", equalTo("INVALID_INPUT"));
        w.run("authority-approver", "decideChange(changeId: \"" + id + "\", approved: true,"
                + " documentNumber: \"曲政字〔2026〕9号\") { status documentNumber }")
                .body("data.decideChange.status", equalTo("APPROVED"));
        w.project("approvedEstimate").body("data.project.approvedEstimate", equalTo(6500000.00f));
        w.tryRun("authority-approver", "decideChange(changeId: \"" + id + "\", approved: true,"
                        + " documentNumber: \"x\") { status }")
                .body("errors[0].extensions.code", equalTo("CHANGE_NOT_PENDING"));
    }

    @Test
    void qufuMinorChangeIsFiled() {
        Walk w = Walk.qufuApproved("曲阜市一般调整", "6000000.00");
        w.tryRequestChange("addedAmount: \"100000\", removedAmount: \"100000\", reason: TECHNICAL_OPTIMISATION")
                .body("data.requestChange.outcome", equalTo("FILING"));
    }

    @Test
    void jiangxiHasNoFilingRoute() {
        Walk.jiangxiApproved("江西省调整", "8000000.00")
                .tryRequestChange("addedAmount: \"1\", reason: TECHNICAL_OPTIMISATION")
                .body("data.requestChange.outcome", equalTo("RE_APPROVAL"))
                .body("data.requestChange.reasons.citation.text", hasItem("jiangxi-2024 art.20"));
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

    private static Walk baotou(String name) {
        return Walk.baotouApproved(name, "10000000.00");
    }
}
