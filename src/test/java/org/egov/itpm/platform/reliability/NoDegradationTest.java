package org.egov.itpm.platform.reliability;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.net.URI;
import java.sql.Connection;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntFunction;
import org.egov.itpm.common.ErrorCode;
import org.egov.itpm.platform.exchange.Exchange;
import org.egov.itpm.testsupport.CrashableDatabase;
import org.egov.itpm.testsupport.Experts;
import org.egov.itpm.testsupport.TestTokens;
import org.egov.itpm.testsupport.Walk;
import org.junit.jupiter.api.Test;

/**
 * Issue #14 "the instance degraded for good": the same mix that left one instance with two working connections
 * (fuzzed and invalid requests, bursts of identical mutations, database crashes) and then the proof that it did not
 * degrade: no connection stays checked out, every connection of the pool can be had at once, and the same load of
 * concurrent requests as before the mix all succeed (its duration is printed beside the first one's, not asserted:
 * speed is measured by the bench). Readiness is DOWN while the pool cannot serve.
 */
@QuarkusTest
@TestProfile(CrashableDatabaseProfile.class)
class NoDegradationTest {

    private static final int THREADS = 8;
    private static final int LOAD = 160;

    @TestHTTPResource("/")
    URI base;
    @Inject
    AgroalDataSource dataSource;
    @Inject
    io.vertx.core.Vertx vertx;

    private volatile int restUnavailableWithoutRetryAfter;
    private final AtomicInteger unavailableNotFromTheCatalogue = new AtomicInteger();

    @Test
    void afterFuzzingBurstsAndDatabaseCrashesThePoolIsWholeAndThroughputIsBack() throws Exception {
        ServiceClient client = new ServiceClient(base);
        Duration before = load(client);
        Duration after;

        List<ServiceClient.Answer> fuzzed = run(THREADS, 320, i -> fuzz(client, i));
        assertThat(fuzzed).as("fuzzed requests: no 5xx, every error coded").allSatisfy(a -> {
            assertThat(a.status()).as("%s", a.body()).isBetween(200, 499);
            assertThat(a.code()).as("%s", a.body()).isNotIn("UNCODED", "INTERNAL_ERROR").isNotNull();
        });

        Walk w = Walk.start(TestTokens.QUFU_STAFF, TestTokens.QUFU_REVIEWER, "降级突发", "100.00", "CONSTRUCTION",
                "FISCAL");
        w.uploadAll("COLLECTIVE_DECISION_RECORD").library().apply();
        List<ServiceClient.Answer> bursts = new ArrayList<>(run(50, 50, i -> client.graphQL(w.as("authority-reviewer"),
                "mutation($id: ID!, $p: [String]) { openReview(projectId: $id, type: DEMAND_REVIEW, panel: $p, appointmentReason: \"指定\") { id } }",
                Map.of("id", w.projectId, "p", List.of(Experts.ZHANG.username())))));
        bursts.addAll(run(50, 50, i -> client.graphQL(TestTokens.QUFU_STAFF, "mutation($id: ID!) {"
                + " updateProject(id: $id, input: {name: \"突发\"}) { id } }", Map.of("id", w.projectId))));
        assertThat(bursts).as("bursts of identical mutations").noneMatch(a -> a.status() >= 500
                || "INTERNAL_ERROR".equals(a.code()) || "UNCODED".equals(a.code()));

        // more open subscriptions than the pool has connections: each reads the database once, on subscribing
        try (Subscriptions open = Subscriptions.open(vertx, base, w.projectId, CrashableDatabaseProfile.POOL + 2)) {
            Map<String, AtomicInteger> duringCrashes = crashTwiceUnderLoad(client);
            assertThat(duringCrashes.keySet()).as("answers while the database crashed and restarted")
                    .isSubsetOf("OK", "DATABASE_UNAVAILABLE");
            assertThat(restUnavailableWithoutRetryAfter).as("REST 503 answers without Retry-After").isZero();
            assertThat(unavailableNotFromTheCatalogue).as("DATABASE_UNAVAILABLE answers without the catalogue's"
                    + " message, retryable or errorId").hasValue(0);

            awaitReady();
            awaitNoConnectionCheckedOut();
            everyPoolConnectionCanBeHadAtOnce();
            after = load(client);
            System.out.printf("[no-degradation] during crashes %s%n", duringCrashes);
        }
        // the durations are printed, not asserted: speed is the bench's to measure (bench/), a timed test flakes
        System.out.printf("[no-degradation] load of %d requests: %d ms before, %d ms after%n", LOAD,
                before.toMillis(), after.toMillis());
    }

    @Test
    void readinessIsDownWhileNoConnectionCanBeHad() throws Exception {
        awaitReady();
        List<Connection> held = new ArrayList<>();
        ExecutorService waiting = Executors.newSingleThreadExecutor();
        try {
            for (int i = 0; i < CrashableDatabaseProfile.POOL; i++) {
                held.add(dataSource.getConnection());
            }
            waiting.submit(() -> new ServiceClient(base).graphQL(TestTokens.QUFU_STAFF,
                    "{ projects(first: 1) { totalCount } }", Map.of()));
            await("a request queuing for a connection").atMost(Duration.ofSeconds(30))
                    .until(() -> dataSource.getMetrics().awaitingCount() > 0);
            given().get("/q/health/ready").then().statusCode(503)
                    .body("checks.find { it.name == 'database-connection-pool' }.status", equalTo("DOWN"));
        } finally {
            for (Connection c : held) {
                c.close();
            }
            waiting.shutdown();
            waiting.awaitTermination(30, TimeUnit.SECONDS);
        }
        given().get("/q/health/ready").then().statusCode(200).body("checks.name", hasItem("database-connection-pool"));
    }

    private static ServiceClient.Answer fuzz(ServiceClient client, int i) {
        return switch (i % 10) {
            // (malformed GraphQL documents and bodies, "variables": "x" and "operationName": 5 are still uncoded: the
            // error catalogue's part of #14, not exercised here)
            case 0 -> client.rest("GET", "/api/platform/v1/projects?since=%2B1000000000-01-01T00:00:00Z",
                    Exchange.SHANDONG, null);
            case 1 -> client.graphQL(TestTokens.QUFU_STAFF, "{ nope }", Map.of());
            case 2 -> client.graphQL(TestTokens.QUFU_STAFF, "{ projects(first: 100000) { totalCount } }", Map.of());
            case 3 -> client.graphQL(TestTokens.QUFU_STAFF, "query($id: ID!) { project(id: $id) { id } }",
                    Map.of("id", i % 20 == 3 ? "not-a-uuid" : java.util.UUID.randomUUID().toString()));
            case 4 -> client.graphQL(TestTokens.QUFU_STAFF, "{ projects(first: 1, filter: {nameContains: \"a\\u0000\"})"
                    + " { totalCount } }", Map.of());
            case 5 -> client.graphQL(TestTokens.QUFU_STAFF, "mutation($input: ProjectInput!) { createProject(input:"
                    + " $input) { id } }", Map.of("input", Map.of("name", "x", "kind", "CONSTRUCTION", "fundingSource",
                    "FISCAL", "year", 2026, "estimatedInvestment", "1E-1000000")));
            case 6 -> client.rest("PUT", "/api/platform/v1/approval-results/F-" + i, Exchange.SHANDONG, "{\"APPROVAL");
            case 7 -> client.rest("PUT", "/api/platform/v1/approval-results/F-" + i, Exchange.SHANDONG,
                    "{\"APPROVAL_ITEMID\": \"F-" + i + "\", \"APPROVAL_MONEY\": 1E+200000}");
            case 8 -> client.rest("GET", "/api/platform/v1/projects?limit=abc", Exchange.SHANDONG, null);
            default -> client.rest("GET", "/api/platform/v1/projects", i % 20 == 9 ? null : "x.y.z", null);
        };
    }

    private Map<String, AtomicInteger> crashTwiceUnderLoad(ServiceClient client) throws Exception {
        Map<String, AtomicInteger> outcomes = new ConcurrentHashMap<>();
        AtomicBoolean stop = new AtomicBoolean();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        for (int t = 0; t < 4; t++) {
            int thread = t;
            pool.submit(() -> {
                for (int i = 0; !stop.get(); i++) {
                    ServiceClient.Answer a = switch (thread) {
                        case 0 -> read(client);
                        case 1 -> client.rest("GET", "/api/platform/v1/projects?limit=5", Exchange.SHANDONG, null);
                        default -> write(client, "重启 " + thread + "-" + i);
                    };
                    if (a.status() == 503 && a.retryAfter() == null && thread == 1) {
                        restUnavailableWithoutRetryAfter++;
                    }
                    if ("DATABASE_UNAVAILABLE".equals(a.code()) && !fromTheCatalogue(a)) {
                        unavailableNotFromTheCatalogue.incrementAndGet();
                        System.out.printf("[no-degradation] not from the catalogue: %s%n", a.body());
                    }
                    outcomes.computeIfAbsent(a.ok() ? "OK" : String.valueOf(a.code()), k -> new AtomicInteger())
                            .incrementAndGet();
                    if (!a.ok()) {
                        Thread.sleep(100); // real time on purpose: a client pausing before it retries, not a wait
                    }
                }
                return null;
            });
        }
        for (int crash = 0; crash < 2; crash++) {
            awaitMoreAnswers(outcomes, "OK"); // load on the (recovered) database
            int refused = count(outcomes, "DATABASE_UNAVAILABLE");
            CrashableDatabase.instance().crashAndRestartAfter(() -> count(outcomes, "DATABASE_UNAVAILABLE") > refused);
        }
        awaitMoreAnswers(outcomes, "OK"); // and on the database recovered from the second crash
        stop.set(true);
        pool.shutdown();
        assertThat(pool.awaitTermination(60, TimeUnit.SECONDS)).isTrue();
        return outcomes;
    }

    /** Counted, not timed: a busy machine slows the test down instead of shortening a phase of the load. */
    private static void awaitMoreAnswers(Map<String, AtomicInteger> outcomes, String outcome) {
        int before = count(outcomes, outcome);
        await("20 more " + outcome + " answers").atMost(Duration.ofSeconds(120))
                .until(() -> count(outcomes, outcome) >= before + 20);
    }

    private static int count(Map<String, AtomicInteger> outcomes, String outcome) {
        AtomicInteger n = outcomes.get(outcome);
        return n == null ? 0 : n.get();
    }

    /** A DATABASE_UNAVAILABLE with the catalogue's text (not SmallRye's generic one), retryable and an errorId. */
    private static boolean fromTheCatalogue(ServiceClient.Answer a) {
        var graphQL = a.body().path("errors").path(0);
        String text = ErrorCode.DATABASE_UNAVAILABLE.title().en();
        if (!graphQL.isMissingNode()) {
            return text.equals(graphQL.path("message").asText())
                    && graphQL.path("extensions").path("retryable").asBoolean(false)
                    && graphQL.path("extensions").path("errorId").asText("").matches("[0-9a-f]{32}");
        }
        return text.equals(a.body().path("detail").asText()) && a.body().path("retryable").asBoolean(false)
                && a.body().path("errorId").asText("").matches("[0-9a-f]{32}");
    }

    private Duration load(ServiceClient client) throws Exception {
        long start = System.nanoTime();
        List<ServiceClient.Answer> answers = run(THREADS, LOAD, i -> i % 2 == 0 ? read(client)
                : write(client, "吞吐 " + i));
        assertThat(answers).as("every request of the load succeeds").allSatisfy(a ->
                assertThat(a.ok()).as("%s %s", a.status(), a.body()).isTrue());
        return Duration.ofNanos(System.nanoTime() - start);
    }

    private void awaitReady() {
        await("ready again").atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(250))
                .until(() -> given().get("/q/health/ready").statusCode() == 200 && read(new ServiceClient(base)).ok());
    }

    /** A connection still checked out when no request is running was leaked. */
    private void awaitNoConnectionCheckedOut() {
        await("no connection checked out with no request running").atMost(Duration.ofSeconds(15))
                .until(() -> dataSource.getMetrics().activeCount() == 0);
    }

    private void everyPoolConnectionCanBeHadAtOnce() throws Exception {
        List<Connection> all = new ArrayList<>();
        try {
            for (int i = 0; i < CrashableDatabaseProfile.POOL; i++) {
                Connection c = dataSource.getConnection();
                all.add(c);
                assertThat(c.isValid(2)).as("connection %d of %d works", i + 1, CrashableDatabaseProfile.POOL).isTrue();
            }
        } finally {
            for (Connection c : all) {
                c.close();
            }
        }
        assertThat(all).hasSize(CrashableDatabaseProfile.POOL);
    }

    private static ServiceClient.Answer read(ServiceClient client) {
        return client.graphQL(TestTokens.QUFU_STAFF, "{ projects(first: 5) { totalCount edges { node { id name } } } }",
                Map.of());
    }

    private static ServiceClient.Answer write(ServiceClient client, String name) {
        return client.graphQL(TestTokens.QUFU_STAFF, "mutation($input: ProjectInput!) { createProject(input: $input)"
                + " { id } }", Map.of("input", Map.of("name", name, "kind", "CONSTRUCTION", "fundingSource", "FISCAL",
                "year", 2026, "estimatedInvestment", "100.00")));
    }

    private static <T> List<T> run(int threads, int count, IntFunction<T> request) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<T>> futures = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                int n = i;
                Callable<T> call = () -> request.apply(n);
                futures.add(pool.submit(call));
            }
            List<T> results = new ArrayList<>();
            for (Future<T> f : futures) {
                results.add(f.get(120, TimeUnit.SECONDS));
            }
            return results;
        } finally {
            pool.shutdownNow();
        }
    }
}
