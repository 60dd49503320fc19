package org.egov.itpm.platform.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.egov.itpm.platform.exchange.Exchange;
import org.egov.itpm.testsupport.Experts;
import org.egov.itpm.testsupport.GraphQL;
import org.egov.itpm.testsupport.TestTokens;
import org.egov.itpm.testsupport.Walk;
import org.junit.jupiter.api.Test;

/**
 * Bursts of identical concurrent requests whose rows are guarded by a unique index (issue #14): exactly one wins,
 * every other gets a coded answer (never INTERNAL_ERROR), and exactly one row exists afterwards.
 */
@QuarkusTest
class ConcurrentDuplicatesTest {

    private static final int THREADS = 20;

    @Test
    void identicalOpenReviewCallsOpenOneRoundAndCodeTheRest() throws Exception {
        Walk w = applied("并发开评审");
        var answers = Burst.of(THREADS, () -> GraphQL.postAs(TestTokens.tokenFor(w.as("authority-reviewer")),
                "mutation($id: ID!, $panel: [String]) { openReview(projectId: $id, type: DEMAND_REVIEW, panel: $panel, appointmentReason: \"指定\")"
                        + " { id } }", Map.of("id", w.projectId, "panel", List.of(Experts.ZHANG.username())))
                .extract());
        assertOneWinnerOthersCoded(answers.stream().map(Burst::graphQLOutcome).toList());
        assertThat(reviews(w)).hasSize(1);
    }

    @Test
    void identicalExpertOpinionsStoreOneOpinionAndCodeTheRest() throws Exception {
        Walk w = applied("并发专家意见");
        String reviewId = GraphQL.postAs(w.as("authority-reviewer"), "mutation($id: ID!, $panel: [String]) {"
                + " openReview(projectId: $id, type: DEMAND_REVIEW, panel: $panel, appointmentReason: \"指定\") { id } }",
                Map.of("id", w.projectId, "panel", List.of(Experts.ZHANG.username())))
                .extract().path("data.openReview.id");
        var answers = Burst.of(THREADS, () -> GraphQL.postAs(Experts.ZHANG, "mutation($r: ID!) {"
                + " addExpertOpinion(reviewId: $r, conclusion: APPROVE, text: \"同意\") { id } }", Map.of("r", reviewId))
                .extract());
        assertOneWinnerOthersCoded(answers.stream().map(Burst::graphQLOutcome).toList());
        List<Map<String, Object>> reviews = reviews(w);
        assertThat((List<?>) reviews.get(0).get("opinions")).hasSize(1);
    }

    @Test
    void identicalApprovalsRecordOneApproval() throws Exception {
        Walk w = applied("并发批复");
        w.passReview("DEMAND_REVIEW", Experts.ZHANG).passReview("TECHNICAL_REVIEW", Experts.ZHANG, Experts.LI);
        w.uploadAll("CONSTRUCTION_PLAN", "CRYPTO_APPLICATION_PLAN", "FEASIBILITY_STUDY_REPORT");
        Map<String, Object> input = new HashMap<>(Map.of("kind", "PROJECT_APPROVAL", "documentNumber",
                "曲政数〔2026〕9号", "approvedOn", "2026-03-02", "issuingBody", "审批机关", "approvedAmount", "100.00"));
        var answers = Burst.of(THREADS, () -> GraphQL.postAs(TestTokens.tokenFor(w.as("authority-approver")),
                "mutation($id: ID!, $input: ApprovalInput!) { recordApproval(projectId: $id, input: $input) { id } }",
                Map.of("id", w.projectId, "input", input)).extract());
        // recordApproval documents a repeat with the same content as a no-op: a loser of the race is that no-op or
        // the coded CONCURRENT_DUPLICATE, never INTERNAL_ERROR
        assertThat(answers.stream().map(Burst::graphQLOutcome).toList()).contains("OK")
                .allMatch(o -> o.equals("OK") || o.equals("CONCURRENT_DUPLICATE"));
        List<?> approvals = GraphQL.postAs(TestTokens.ADMIN,
                "query($id: ID!) { project(id: $id) { approvals { id } } }", Map.of("id", w.projectId)).extract().path("data.project.approvals");
        assertThat(approvals).hasSize(1);
    }

    @Test
    void identicalNationalCodePushesAreTheDocumentedNoOp() throws Exception {
        String local = Exchange.project(TestTokens.QUFU_STAFF, "并发项目代码")[1];
        String code = "2603-370881-04-01-" + Exchange.serial5().substring(1) + "8B";
        var answers = Burst.of(THREADS, () -> Exchange.pushCode(Exchange.SHANDONG, local, code).extract());
        assertThat(answers).allSatisfy(a -> assertThat(a.statusCode()).as(a.asString()).isEqualTo(200));
        assertThat(answers.stream().filter(a -> Boolean.TRUE.equals(a.path("changed"))).count())
                .as("exactly one push changed the project; the rest are the documented no-op").isEqualTo(1);
    }

    private static void assertOneWinnerOthersCoded(List<String> outcomes) {
        System.out.println("[duplicates] " + new java.util.TreeMap<>(outcomes.stream()
                .collect(java.util.stream.Collectors.groupingBy(o -> o, java.util.stream.Collectors.counting()))));
        assertThat(outcomes).as("outcomes %s", outcomes).containsOnlyOnce("OK")
                .doesNotContain("INTERNAL_ERROR", "UNCODED");
    }

    private static Walk applied(String name) {
        Walk w = Walk.start(TestTokens.QUFU_STAFF, TestTokens.QUFU_REVIEWER, name, "100.00", "CONSTRUCTION", "FISCAL");
        w.uploadAll("COLLECTIVE_DECISION_RECORD").library().apply();
        return w;
    }

    private static List<Map<String, Object>> reviews(Walk w) {
        return GraphQL.postAs(TestTokens.ADMIN,
                "query($id: ID!) { project(id: $id) { reviews { id opinions { id } } } }", Map.of("id", w.projectId)).extract().path("data.project.reviews");
    }
}
