package org.egov.itpm.project;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.egov.itpm.testsupport.Experts;
import org.egov.itpm.testsupport.GraphQL;
import org.egov.itpm.testsupport.TestTokens;
import org.egov.itpm.testsupport.Walk;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;

/** Optimistic locking on concurrent moves, and review rounds that keep their history. */
@QuarkusTest
class ConcurrencyAndHistoryTest {

    @RepeatedTest(3)
    void concurrentTransitionsOnOneProjectHaveExactlyOneWinner() throws Exception {
        Walk w = Walk.start(TestTokens.QUFU_STAFF, TestTokens.QUFU_REVIEWER, "并发测试", "100.00", "CONSTRUCTION",
                "FISCAL");
        String move = "mutation($id: ID!) { submitToLibrary(projectId: $id, expectedVersion: 0) { stage } }";
        ExecutorService pool = Executors.newFixedThreadPool(4);
        CountDownLatch start = new CountDownLatch(1);
        List<CompletableFuture<String>> results = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            results.add(CompletableFuture.supplyAsync(() -> {
                try {
                    start.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                var body = GraphQL.postAs(TestTokens.QUFU_STAFF, move, Map.of("id", w.projectId)).extract();
                String code = body.path("errors[0].extensions.code");
                return code == null ? "OK" : code;
            }, pool));
        }
        start.countDown();
        List<String> outcomes = results.stream().map(CompletableFuture::join).toList();
        pool.shutdown();
        assertThat(outcomes).filteredOn("OK"::equals).hasSize(1);
        assertThat(outcomes).filteredOn(o -> !o.equals("OK")).containsOnly("CONCURRENT_MODIFICATION");
        w.project("stage history { to }").body("data.project.stage", equalTo("LIBRARY"))
                .body("data.project.history.findAll { it.to == 'LIBRARY' }", hasSize(1));
    }

    @RepeatedTest(3)
    void concurrentEditsWithoutExpectedVersionNeverFailAsInternalErrors() throws Exception {
        Walk w = Walk.start(TestTokens.QUFU_STAFF, TestTokens.QUFU_REVIEWER, "并发编辑", "100.00", "CONSTRUCTION",
                "FISCAL");
        ExecutorService pool = Executors.newFixedThreadPool(6);
        CountDownLatch start = new CountDownLatch(1);
        List<CompletableFuture<String>> results = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            String name = "并发编辑" + i;
            results.add(CompletableFuture.supplyAsync(() -> {
                try {
                    start.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                String code = GraphQL.postAs(TestTokens.QUFU_STAFF, "mutation($id: ID!, $n: String) { updateProject("
                        + "id: $id, input: {name: $n}) { id } }", Map.of("id", w.projectId, "n", name))
                        .extract().path("errors[0].extensions.code");
                return code == null ? "OK" : code;
            }, pool));
        }
        start.countDown();
        List<String> outcomes = results.stream().map(CompletableFuture::join).toList();
        pool.shutdown();
        assertThat(outcomes).contains("OK").allMatch(o -> o.equals("OK") || o.equals("CONCURRENT_MODIFICATION"));
    }

    @Test
    void staleExpectedVersionIsAConflict() {
        Walk w = Walk.start(TestTokens.QUFU_STAFF, TestTokens.QUFU_REVIEWER, "版本过期", "100.00", "CONSTRUCTION",
                "FISCAL");
        GraphQL.postAs(TestTokens.QUFU_STAFF, "mutation($id: ID!) { updateProject(id: $id, input: {name: \"新名\"},"
                + " expectedVersion: 0) { version } }", Map.of("id", w.projectId)).body("errors", nullValue());
        GraphQL.postAs(TestTokens.QUFU_STAFF, "mutation($id: ID!) { updateProject(id: $id, input: {name: \"再改\"},"
                        + " expectedVersion: 0) { version } }", Map.of("id", w.projectId))
                .body("errors[0].extensions.code", equalTo("CONCURRENT_MODIFICATION"));
        w.project("name").body("data.project.name", equalTo("新名"));
    }

    @Test
    void rejectedReviewIsResubmittedAsANewRoundAndKeepsItsHistory() {
        Walk w = Walk.start(TestTokens.QUFU_STAFF, TestTokens.QUFU_REVIEWER, "评审退回重报", "100.00", "CONSTRUCTION",
                "FISCAL");
        w.uploadAll("COLLECTIVE_DECISION_RECORD").library().apply();
        String reviewId = GraphQL.postAs(w.as("authority-reviewer"), """
                mutation($id: ID!) { openReview(projectId: $id, type: DEMAND_REVIEW, panel: ["expert-zhang"], appointmentReason: "指定") { id } }""",
                Map.of("id", w.projectId)).extract().path("data.openReview.id");
        GraphQL.postAs(Experts.ZHANG, """
                mutation($r: ID!) { addExpertOpinion(reviewId: $r, conclusion: REJECT, text: "需求不清") { id } }""",
                Map.of("r", reviewId)).body("errors", nullValue());
        GraphQL.postAs(Experts.LI, """
                mutation($r: ID!) { addExpertOpinion(reviewId: $r, conclusion: APPROVE, text: "同意") { id } }""",
                Map.of("r", reviewId)).body("errors[0].extensions.code", equalTo("NOT_FOUND")); // on no panel (#15)
        GraphQL.postAs(w.as("authority-reviewer"), """
                mutation($r: ID!) { concludeReview(reviewId: $r, passed: false, conclusion: "退回修改") { status } }""",
                Map.of("r", reviewId)).body("data.concludeReview.status", equalTo("REJECTED"));
        GraphQL.postAs(w.as("unit-staff"), """
                mutation($r: ID!) { resubmitReview(reviewId: $r) { round status previousReviewId } }""",
                Map.of("r", reviewId))
                .body("data.resubmitReview.round", equalTo(2))
                .body("data.resubmitReview.status", equalTo("OPEN"))
                .body("data.resubmitReview.previousReviewId", equalTo(reviewId));
        w.project("reviews { round status opinions { conclusion text } }")
                .body("data.project.reviews", hasSize(2))
                .body("data.project.reviews[0].status", equalTo("REJECTED"))
                .body("data.project.reviews[0].opinions[0].text", equalTo("需求不清"));
    }
}
