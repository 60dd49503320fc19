package org.egov.itpm.project;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.stream.Stream;
import org.egov.itpm.policy.Stage;
import org.egov.itpm.security.StagePermissions;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.egov.itpm.testsupport.Experts;
import org.egov.itpm.testsupport.TestClock;
import org.egov.itpm.testsupport.TestTokens;
import org.egov.itpm.testsupport.Walk;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Legal dates: moves are dated by their act, validated, judged as of that date, and corrected with a trail. */
@QuarkusTest
class LegalDatesTest {

    @AfterEach
    void resetClock() {
        TestClock.reset();
    }

    /**
     * A Jiangxi project applied for and expert-evaluated on 2026-02-20, with its 联合会审 and NDRC 批复 on
     * 2026-03-02 (today), still IN_REVIEW.
     */
    private static Walk jiangxiReviewed(String name) {
        TestClock.setShanghai("2026-02-20T10:00");
        Walk w = Walk.start(TestTokens.JX_STAFF, TestTokens.JX_AUTHORITY, name, "8000000.00", "CONSTRUCTION", "FISCAL");
        w.uploadAll("COLLECTIVE_DECISION_RECORD", "CONSTRUCTION_PLAN").library().apply();
        w.passReview("EXPERT_ARGUMENTATION", Experts.CHEN, Experts.LIU);
        TestClock.reset();
        w.passReview("JOINT_REVIEW");
        w.approval("ndrc-approver", "PROJECT_APPROVAL", "8000000.00", "2026-03-02");
        return w;
    }

    private static String transitionInto(Walk w, String stage) {
        return w.project("history { id to }").extract().path("data.project.history.find { it.to == '" + stage
                + "' }.id");
    }

    @Test
    void jiangxiStartClockRunsFromThe批复NotFromTheDayTheApprovalWasEntered() {
        Walk w = jiangxiReviewed("江西省批复日期项目");
        TestClock.setShanghai("2026-04-20T10:00");
        w.advance("ndrc-approver", "APPROVED");
        w.project("history { to effectiveOn at } deadlines { ruleCode due citation { text } }")
                .body("data.project.history.find { it.to == 'APPROVED' }.effectiveOn", equalTo("2026-03-02"))
                .body("data.project.deadlines.find { it.ruleCode == 'START_WITHIN_6_MONTHS' }.due",
                        equalTo("2026-09-02"))
                .body("data.project.deadlines.find { it.ruleCode == 'START_WITHIN_6_MONTHS' }.citation.text",
                        equalTo("jiangxi-2024 art.29"));
    }

    @Test
    void aMoveDatedBeforeTheActsItRestsOnIsRefusedAndNothingChanges() {
        Walk w = jiangxiReviewed("江西省日期早于评审项目");
        w.tryRun("ndrc-approver", "advanceStage(projectId: $id, to: APPROVED, on: \"2026-03-01\") { stage }")
                .body("errors[0].extensions.code", equalTo("DATE_BEFORE_REQUIRED_ACTS"))
                .body("errors[0].extensions.details.reasons.citation", hasItem("jiangxi-2024 art.18"));
        w.project("stage").body("data.project.stage", equalTo("IN_REVIEW"));
    }

    @Test
    void aMoveDatedInTheFutureOrBeforeThePreviousActIsRefused() {
        Walk w = jiangxiReviewed("江西省日期校验项目");
        w.tryRun("ndrc-approver", "advanceStage(projectId: $id, to: APPROVED, on: \"2026-03-03\") { stage }")
                .body("errors[0].extensions.code", equalTo("INVALID_INPUT"))
                .body("errors[0].extensions.details.fieldErrors[0].code", equalTo("DATE_IN_FUTURE"));
        w.advance("ndrc-approver", "APPROVED");
        w.tryRun("ndrc-approver", "advanceStage(projectId: $id, to: FUNDED, on: \"2026-03-01\") { stage }")
                .body("errors[0].extensions.details.fieldErrors[0].code", equalTo("DATE_BEFORE_PREVIOUS_ACT"));
        w.project("stage").body("data.project.stage", equalTo("APPROVED"));
    }

    /** Roles that may call advanceStage at all (its @RolesAllowed). */
    static final List<String> ADVANCE_STAGE_ROLES = List.of("unit-lead", "authority-approver", "ndrc-approver",
            "finance-officer");

    static Stream<Arguments> everyPackUnit() {
        return Stream.of(Arguments.of("qufu-2024", TestTokens.QUFU_STAFF, TestTokens.QUFU_APPROVER),
                Arguments.of("jiangxi-2024", TestTokens.JX_STAFF, TestTokens.JX_AUTHORITY),
                Arguments.of("jianshan-2024", TestTokens.JS_STAFF, TestTokens.JS_AUTHORITY),
                Arguments.of("wushan-2022", TestTokens.WS_STAFF, TestTokens.WS_AUTHORITY),
                Arguments.of("baotou-2024", TestTokens.BT_STAFF, TestTokens.BT_AUTHORITY));
    }

    /**
     * One path per act, for every pack and every stage: the generic move refuses each stage that has its own
     * operation (whichever role asks, before any gate), and nothing is written; the stages it accepts are exactly
     * the others, which have no other path.
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("everyPackUnit")
    void theGenericMoveRefusesEveryStageThatHasItsOwnOperation(String pack, TestTokens.Person unit,
                                                               TestTokens.Person authority) {
        Walk w = Walk.start(unit, authority, "专用操作项目 " + pack, "100000.00", "CONSTRUCTION", "FISCAL");
        for (Stage stage : Stage.values()) {
            if (!stage.isCanonical()) {
                continue;
            }
            var refusal = StageActs.dedicatedOperation(stage);
            for (String role : refusal.isPresent() ? ADVANCE_STAGE_ROLES
                    : StagePermissions.rolesFor(stage).stream().filter(ADVANCE_STAGE_ROLES::contains).toList()) {
                var response = w.tryAdvance(role, stage.name());
                if (refusal.isPresent()) {
                    response.body("errors[0].extensions.details.fieldErrors[0].code",
                            equalTo("STAGE_HAS_DEDICATED_OPERATION"))
                            .body("errors[0].message", containsString(refusal.get()));
                } else {
                    response.body("errors[0].extensions.code", not(equalTo("INVALID_INPUT")));
                }
            }
        }
        w.project("stage history { to }").body("data.project.stage", equalTo("DRAFT"))
                .body("data.project.history.size()", equalTo(1));
    }

    @Test
    void anApprovalDateIsCorrectedByTheApproverWithAReasonAndEveryDeadlineFollows() {
        Walk w = jiangxiReviewed("江西省更正日期项目");
        TestClock.setShanghai("2026-04-20T10:00");
        w.advance("ndrc-approver", "APPROVED");
        String approved = transitionInto(w, "APPROVED");
        String correct = "correctStageDate(projectId: $id, transitionId: \"" + approved + "\", on: \"%s\", reason:"
                + " \"%s\") { effectiveOn corrections { from to reason actor } }";
        w.tryRun("unit-lead", correct.formatted("2026-03-05", "批复文号日期录入错误"))
                .body("errors[0].extensions.code", equalTo("DATE_CORRECTION_NOT_ALLOWED_FOR_ROLE"));
        w.tryRun("ndrc-approver", correct.formatted("2026-03-05", " "))
                .body("errors[0].extensions.details.fieldErrors[0].code", equalTo("REQUIRED"));
        w.tryRun("ndrc-approver", correct.formatted("2026-03-05", "因".repeat(2001)))
                .body("errors[0].extensions.details.fieldErrors[0].code", equalTo("TOO_LONG"));
        w.tryRun("ndrc-approver", correct.formatted("2026-03-01", "早于评审"))
                .body("errors[0].extensions.details.fieldErrors[0].code", equalTo("DATE_BEFORE_REQUIRED_ACTS"));
        w.run("ndrc-approver", correct.formatted("2026-03-05", "批复印发日期为3月5日"))
                .body("data.correctStageDate.effectiveOn", equalTo("2026-03-05"))
                .body("data.correctStageDate.corrections[0].from", equalTo("2026-03-02"))
                .body("data.correctStageDate.corrections[0].to", equalTo("2026-03-05"))
                .body("data.correctStageDate.corrections[0].reason", equalTo("批复印发日期为3月5日"));
        w.project("deadlines { ruleCode due } auditTrail { action }")
                .body("data.project.deadlines.find { it.ruleCode == 'START_WITHIN_6_MONTHS' }.due",
                        equalTo("2026-09-05"))
                .body("data.project.auditTrail.action", hasItem("CORRECT_DATE"));
    }

    @Test
    void aCorrectionKeepsTheHistoryInOrder() {
        Walk w = jiangxiReviewed("江西省更正顺序项目");
        String library = transitionInto(w, "LIBRARY");
        String correct = "correctStageDate(projectId: $id, transitionId: \"" + library + "\", on: \"%s\", reason:"
                + " \"入库日期录入错误\") { effectiveOn }";
        w.tryRun("unit-staff", correct.formatted("2026-02-25"))
                .body("errors[0].extensions.details.fieldErrors[0].code", equalTo("DATE_AFTER_NEXT_ACT"));
        w.run("unit-staff", correct.formatted("2026-02-10")).body("data.correctStageDate.effectiveOn",
                equalTo("2026-02-10"));
        w.project("history { to effectiveOn corrections { from to } }")
                .body("data.project.history.find { it.to == 'LIBRARY' }.corrections[0].from", equalTo("2026-02-20"))
                .body("data.project.history.find { it.to == 'LIBRARY' }.corrections[0].to", equalTo("2026-02-10"));
    }

    @Test
    void aChangeRequestCarriesItsOwnDateWhichTheFindingCitesAndLaterActsFollow() {
        Walk w = jiangxiReviewed("江西省调整申请日期项目");
        w.advance("ndrc-approver", "APPROVED");
        TestClock.setShanghai("2026-05-20T10:00");
        w.tryRequestChange("addedAmount: \"100000\", removedAmount: \"100000\", reason: OTHER, requestedOn: \"2026-03-01\"")
                .body("errors[0].extensions.details.fieldErrors[0].code", equalTo("BEFORE_APPROVAL"));
        w.tryRequestChange("addedAmount: \"100000\", removedAmount: \"100000\", reason: OTHER, requestedOn: \"2026-04-10\"")
                .body("data.requestChange.outcome", equalTo("RE_APPROVAL"));
        w.project("changeRequests { requestedOn } currentFindings { code messageEn }")
                .body("data.project.changeRequests[0].requestedOn", equalTo("2026-04-10"))
                .body("data.project.currentFindings.find { it.code == 'CHANGE_AWAITING_RE_APPROVAL' }.messageEn",
                        containsString("2026-04-10"));
    }

    @Test
    void aBaotouProjectAppliedForWhileItsPackWasInForceIsBoundToItAfterItsExpiry() {
        TestClock.setShanghai("2026-12-10T10:00");
        Walk late = Walk.start(TestTokens.BT_STAFF, TestTokens.BT_AUTHORITY, "包头市迟录项目", "1000000.00",
                "CONSTRUCTION", "FISCAL");
        late.run("unit-staff", "submitToLibrary(projectId: $id, on: \"2026-11-20\") { stage }");
        late.attest("MEETS_DIGITAL_GOVERNMENT_PLAN", "CLEAR_NEEDS_AND_SOUND_DESIGN", "MEETS_SHARING_AND_INTENSIVE_BUILD");
        late.tryApply().body("errors[0].extensions.code", equalTo("POLICY_PACK_NOT_IN_FORCE"))
                .body("errors[0].extensions.details.reasons[0].citation", equalTo("baotou-2024 art.29"));
        late.run("unit-lead", "applyProject(projectId: $id, on: \"2026-11-25\") { stage policyPackId }")
                .body("data.applyProject.policyPackId", equalTo("baotou-2024"));
        late.project("appliedOn: history { to effectiveOn }")
                .body("data.project.appliedOn.find { it.to == 'APPLIED' }.effectiveOn", equalTo("2026-11-25"));
        String applied = transitionInto(late, "APPLIED");
        late.tryRun("unit-lead", "correctStageDate(projectId: $id, transitionId: \"" + applied + "\", on:"
                        + " \"2026-12-01\", reason: \"申报日期\") { effectiveOn }")
                .body("errors[0].extensions.code", equalTo("POLICY_PACK_NOT_IN_FORCE"));
    }
}
