package org.egov.itpm.platform.hardening;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;

import io.quarkus.test.junit.QuarkusMock;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.logging.Level;
import org.egov.itpm.compliance.ComplianceService;
import org.egov.itpm.pack.PackRegistry;
import org.egov.itpm.platform.exchange.Exchange;
import org.egov.itpm.platform.exchange.pull.PullService;
import org.egov.itpm.policy.pack.PackCatalog;
import org.egov.itpm.review.ExpertOpinion;
import org.egov.itpm.review.OpinionConclusion;
import org.egov.itpm.review.ReviewService;
import org.egov.itpm.testsupport.CapturedLogs;
import org.egov.itpm.testsupport.Experts;
import org.egov.itpm.testsupport.RecentSpans;
import org.egov.itpm.testsupport.TestTokens;
import org.junit.jupiter.api.Test;

/**
 * Every 5xx on both APIs carries errorId = the request's OpenTelemetry trace id: the id of the spans recorded for the
 * request and the traceId of its log lines, so the id a client quotes leads to the stack and the trace (ADR 0009).
 */
@QuarkusTest
class ErrorIdTest {

    private static final String HEX32 = "[0-9a-f]{32}";

    @Inject
    RecentSpans spans;
    @Inject
    EntityManager em;

    @Test
    void aRestInternalErrorQuotesTheTraceIdOfItsSpansAndLogLine() {
        QuarkusMock.installMockForType(new PullService(null, null, null, null, null) {
            @Override
            public Tagged page(String since, String after, String limit) {
                throw new IllegalStateException("a bug");
            }
        }, PullService.class);
        try (CapturedLogs logs = CapturedLogs.from(Level.SEVERE)) {
            String errorId = given().auth().oauth2(Exchange.SHANDONG).get("/api/platform/v1/projects").then()
                    .statusCode(500).contentType("application/problem+json").body("code", equalTo("INTERNAL_ERROR"))
                    .body("title", equalTo("Internal error; quote the errorId"))
                    .body("messages.zh", equalTo("服务内部错误，请提供错误编号"))
                    .body("errorId", matchesPattern(HEX32)).extract().path("errorId");

            assertThat(logs.lines()).anySatisfy(line -> {
                assertThat(line.message()).startsWith("ITPM-E001 INTERNAL_ERROR errorId=" + errorId);
                assertThat(line.traceId()).isEqualTo(errorId);
            });
            await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(spans.ofTrace(errorId))
                    .anySatisfy(span -> assertThat(span.getName()).contains("/api/platform/v1/projects")));
        }
    }

    @Test
    void aClientsTraceparentIsTheTraceAndSoTheErrorId() {
        QuarkusMock.installMockForType(new PullService(null, null, null, null, null) {
            @Override
            public Tagged page(String since, String after, String limit) {
                throw new IllegalStateException("a bug");
            }
        }, PullService.class);
        String traceId = "4bf92f3577b34da6a3ce929d0e0e4736";
        given().auth().oauth2(Exchange.SHANDONG).header("traceparent", "00-" + traceId + "-00f067aa0ba902b7-01")
                .get("/api/platform/v1/projects").then().statusCode(500).body("errorId", equalTo(traceId));
    }

    @Test
    void aGraphQLInternalErrorQuotesTheTraceIdOfItsSpansAndLogLine() {
        QuarkusMock.installMockForType(new PackRegistry(null, null, null, null, null) {
            @Override
            public PackCatalog catalog() {
                throw new IllegalStateException("a bug");
            }
        }, PackRegistry.class);
        try (CapturedLogs logs = CapturedLogs.from(Level.SEVERE)) {
            ValidatableResponse answer = given().auth().oauth2(TestTokens.tokenFor(TestTokens.QUFU_STAFF))
                    .contentType(ContentType.JSON).body(Map.of("query", "{ policyPacks { id } }")).post("/graphql")
                    .then().statusCode(200).body("errors[0].extensions.code", equalTo("INTERNAL_ERROR"))
                    .body("errors[0].extensions.status", equalTo(500))
                    .body("errors[0].extensions.retryable", equalTo(false))
                    .body("errors[0].extensions.errorId", matchesPattern(HEX32));
            String errorId = answer.extract().path("errors[0].extensions.errorId");

            assertThat(logs.lines()).singleElement().satisfies(line -> {
                assertThat(line.message()).startsWith("ITPM-E004 GRAPHQL_FIELD_FAILED errorId=" + errorId);
                assertThat(line.traceId()).isEqualTo(errorId);
            });
            await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(spans.ofTrace(errorId))
                    .anySatisfy(span -> assertThat(span.getName()).contains("graphql")));
        }
    }

    /**
     * A batch-resolved field (one call for the page's projects, completed asynchronously) that fails: every project's
     * field answers INTERNAL_ERROR with the request's errorId, and the log lines carry that id as their traceId.
     */
    @Test
    void aBatchResolvedFieldQuotesTheTraceIdOfItsLogLines() {
        String id = org.egov.itpm.testsupport.Walk.start(TestTokens.QUFU_STAFF, TestTokens.QUFU_REVIEWER, "批量字段故障",
                "100.00", "CONSTRUCTION", "FISCAL").projectId;
        QuarkusMock.installMockForType(new ComplianceService(null, null, null) {
            @Override
            public Map<UUID, ComplianceService.Assessment> assess(Collection<UUID> projectIds) {
                throw new IllegalStateException("a bug in a batch");
            }
        }, ComplianceService.class);
        try (CapturedLogs logs = CapturedLogs.from(Level.SEVERE)) {
            ValidatableResponse answer = given().auth().oauth2(TestTokens.tokenFor(TestTokens.QUFU_STAFF))
                    .contentType(ContentType.JSON).body(Map.of("query", "query($id: ID!) { project(id: $id) { name"
                            + " currentFindings { code } } }", "variables", Map.of("id", id))).post("/graphql")
                    .then().statusCode(200).body("data.project.name", equalTo("批量字段故障"))
                    .body("errors[0].path", equalTo(List.of("project", "currentFindings")))
                    .body("errors[0].extensions.code", equalTo("INTERNAL_ERROR"))
                    .body("errors[0].extensions.errorId", matchesPattern(HEX32));
            String errorId = answer.extract().path("errors[0].extensions.errorId");

            assertThat(logs.lines()).isNotEmpty().allSatisfy(line -> {
                assertThat(line.message()).startsWith("ITPM-E004 GRAPHQL_FIELD_FAILED errorId=" + errorId
                        + " field=/project/currentFindings");
                assertThat(line.traceId()).isEqualTo(errorId);
            });
        }
    }

    /**
     * A statement that really fails in PostgreSQL inside a mutation (issue #19: the bench's 65,535-parameter list): one
     * ERROR line with its event code and the errorId the client got. In prod SmallRye prints no such line itself.
     */
    @Test
    void aFailingStatementInAGraphQLMutationLogsOneErrorLineWithItsErrorId() {
        QuarkusMock.installMockForType(new ReviewService(null, null, null, null, null, null, null, null, null, null,
                null) {
            @Override
            public ExpertOpinion addOpinion(UUID reviewId, OpinionConclusion conclusion, String text, LocalDate on) {
                em.createNativeQuery("select 1 / 0").getSingleResult();
                return null;
            }
        }, ReviewService.class);
        try (CapturedLogs logs = CapturedLogs.from(Level.SEVERE)) {
            String errorId = given().auth().oauth2(TestTokens.tokenFor(Experts.ZHANG)).contentType(ContentType.JSON)
                    .body(Map.of("query", "mutation { addExpertOpinion(reviewId: \"" + UUID.randomUUID()
                            + "\", conclusion: APPROVE, text: \"同意\") { id } }")).post("/graphql").then()
                    .statusCode(200).body("errors[0].extensions.code", equalTo("INTERNAL_ERROR"))
                    .body("errors[0].extensions.errorId", matchesPattern(HEX32))
                    .extract().path("errors[0].extensions.errorId");

            assertThat(logs.lines()).singleElement().satisfies(line -> {
                assertThat(line.message()).startsWith("ITPM-E004 GRAPHQL_FIELD_FAILED errorId=" + errorId
                        + " field=/addExpertOpinion");
                assertThat(line.traceId()).isEqualTo(errorId);
            });
        }
    }

    @Test
    void aFailingStatementInARestRequestLogsOneErrorLineWithItsErrorId() {
        QuarkusMock.installMockForType(new PullService(null, null, null, null, null) {
            @Override
            public Tagged page(String since, String after, String limit) {
                em.createNativeQuery("select 1 / 0").getSingleResult();
                return null;
            }
        }, PullService.class);
        try (CapturedLogs logs = CapturedLogs.from(Level.SEVERE)) {
            String errorId = given().auth().oauth2(Exchange.SHANDONG).get("/api/platform/v1/projects").then()
                    .statusCode(500).body("code", equalTo("INTERNAL_ERROR")).extract().path("errorId");

            assertThat(logs.lines()).singleElement().satisfies(line -> {
                assertThat(line.message()).startsWith("ITPM-E001 INTERNAL_ERROR errorId=" + errorId);
                assertThat(line.traceId()).isEqualTo(errorId);
            });
        }
    }

    @Test
    void aGraphQLRequestIsTracedThroughItsExecutionAndStatements() {
        String traceId = "0af7651916cd43dd8448eb211c80319c";
        given().auth().oauth2(TestTokens.tokenFor(TestTokens.QUFU_STAFF)).contentType(ContentType.JSON)
                .header("traceparent", "00-" + traceId + "-b7ad6b7169203331-01")
                // currentFindings is computed in Java, so the resolver path (SmallRye's execution span) serves it
                .body(Map.of("query", "{ projects(first: 1) { totalCount edges { node { currentFindings { code } } } } }"))
                .post("/graphql").then()
                .statusCode(200).body("errors", org.hamcrest.Matchers.nullValue());
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            var trace = spans.ofTrace(traceId);
            assertThat(trace).as("the HTTP span").anySatisfy(span -> assertThat(span.getName()).contains("graphql"));
            var execution = trace.stream().filter(span -> span.getName().equals("GraphQL")).findFirst();
            assertThat(execution).as("SmallRye's span of the GraphQL execution").isPresent();
            assertThat(trace).as("a JDBC statement inside the execution").anySatisfy(span -> {
                assertThat(span.getParentSpanId()).isEqualTo(execution.get().getSpanId());
                assertThat(span.getName()).startsWith("SELECT");
            });
        });
    }

    @Test
    void aClientErrorHasNoErrorIdAndIsNotLoggedAtError() {
        try (CapturedLogs logs = CapturedLogs.from(Level.SEVERE)) {
            given().auth().oauth2(TestTokens.tokenFor(TestTokens.QUFU_STAFF)).contentType(ContentType.JSON)
                    .body(Map.of("query", "{ project(id: \"00000000-0000-0000-0000-000000000000\") { id } }"))
                    .post("/graphql").then().statusCode(200)
                    .body("errors[0].extensions.code", equalTo("NOT_FOUND"))
                    .body("errors[0].extensions.title", equalTo("Not found (or outside your scope)"))
                    .body("errors[0].extensions.errorId", org.hamcrest.Matchers.nullValue());
            given().auth().oauth2("not.a.token").get("/api/platform/v1/projects").then().statusCode(401)
                    .body("errorId", org.hamcrest.Matchers.nullValue());
            assertThat(logs.lines()).isEmpty();
        }
    }
}
