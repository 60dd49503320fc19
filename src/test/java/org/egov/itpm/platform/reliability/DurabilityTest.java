package org.egov.itpm.platform.reliability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import java.net.URI;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.egov.itpm.testsupport.CrashableDatabase;
import org.egov.itpm.testsupport.TestTokens;
import org.junit.jupiter.api.Test;

/**
 * What an acknowledged write means (docs/reliability.md "Durability"): once createProject answered with an id, the
 * project survives a crash of the database. Writers create projects through the service while the PostgreSQL
 * postmaster is killed with SIGKILL three times and restarted on the same data directory; afterwards every
 * acknowledged id is in the database, and writes sent while it was down got the coded, retryable 503.
 */
@QuarkusTest
@TestProfile(CrashableDatabaseProfile.class)
class DurabilityTest {

    private static final int WRITERS = 6;
    private static final int CRASHES = 3;
    private static final int WRITES_PER_PHASE = 25;

    @TestHTTPResource("/")
    URI base;

    @Test
    void everyAcknowledgedWriteSurvivesThreeDatabaseCrashesUnderLoad() throws Exception {
        ServiceClient client = new ServiceClient(base);
        CrashableDatabase database = CrashableDatabase.instance();
        Set<UUID> acknowledged = ConcurrentHashMap.newKeySet();
        Map<String, AtomicInteger> refusals = new ConcurrentHashMap<>();
        ConcurrentLinkedQueue<String> unexpected = new ConcurrentLinkedQueue<>();
        AtomicBoolean stop = new AtomicBoolean();
        ExecutorService writers = Executors.newFixedThreadPool(WRITERS);
        for (int w = 0; w < WRITERS; w++) {
            int writer = w;
            writers.submit(() -> {
                for (int i = 0; !stop.get(); i++) {
                    var answer = client.graphQL(TestTokens.QUFU_STAFF, """
                            mutation($input: ProjectInput!) { createProject(input: $input) { id } }""",
                            Map.of("input", Map.of("name", "持久性 " + writer + "-" + i, "kind", "CONSTRUCTION",
                                    "fundingSource", "FISCAL", "year", 2026, "estimatedInvestment", "100.00")));
                    String id = answer.body().path("data").path("createProject").path("id").asText(null);
                    if (answer.ok() && id != null) {
                        acknowledged.add(UUID.fromString(id));
                    } else {
                        refusals.computeIfAbsent(answer.code(), k -> new AtomicInteger()).incrementAndGet();
                        var error = answer.body().path("errors").path(0).path("extensions");
                        if (!"DATABASE_UNAVAILABLE".equals(answer.code()) || error.path("status").asInt() != 503
                                || !error.path("retryable").asBoolean()) {
                            unexpected.add(answer.status() + " " + answer.body());
                        }
                        backOff(); // a client backing off as Retry-After asks
                    }
                }
            });
        }
        List<Integer> acknowledgedBeforeCrash = new ArrayList<>();
        awaitMoreWrites(acknowledged, 0);
        for (int crash = 0; crash < CRASHES; crash++) {
            acknowledgedBeforeCrash.add(acknowledged.size());
            int refusedBefore = refused(refusals);
            database.crashAndRestartAfter(() -> refused(refusals) > refusedBefore); // down until writes are refused
            awaitMoreWrites(acknowledged, acknowledgedBeforeCrash.get(crash)); // load on the recovered database
        }
        stop.set(true);
        writers.shutdown();
        assertThat(writers.awaitTermination(60, TimeUnit.SECONDS)).isTrue();

        assertThat(acknowledged.size()).as("writes acknowledged").isGreaterThan(acknowledgedBeforeCrash.get(0) + 20);
        assertThat(acknowledgedBeforeCrash).as("writes went on after every restart").isSorted().doesNotHaveDuplicates();
        assertThat(missing(database, acknowledged)).as("acknowledged writes lost after %d crashes", CRASHES).isEmpty();
        assertThat(refusals).as("writes during the outages").containsKey("DATABASE_UNAVAILABLE");
        assertThat(unexpected).as("answers other than success or the coded 503").isEmpty();
        System.out.printf("[durability] %d acknowledged writes, 0 lost, %d crashes, refusals %s%n", acknowledged.size(),
                CRASHES, refusals);
        if (Boolean.getBoolean("durability.report")) {
            report(acknowledged.size(), refusals);
        }
    }

    /** With -Ddurability.report=true: this run's figures into docs/reliability.md, between the durability markers. */
    private static void report(int acknowledged, Map<String, AtomicInteger> refusals) throws java.io.IOException {
        java.nio.file.Path doc = java.nio.file.Path.of("docs/reliability.md");
        String text = java.nio.file.Files.readString(doc);
        String begin = "<!-- durability:begin (written by DurabilityTest with -Ddurability.report=true) -->\n";
        String end = "<!-- durability:end -->";
        StringBuilder refused = new StringBuilder();
        new java.util.TreeMap<>(refusals).forEach((code, n) -> refused.append(refused.isEmpty() ? "" : ", ")
                .append(n.get()).append(" × `").append(code).append('`'));
        String table = begin + "| run | acknowledged writes | crashes | lost | refused during outages |\n"
                + "|---|---|---|---|---|\n"
                + "| " + java.time.LocalDate.now() + ", `./mvnw test -Dtest=DurabilityTest -Ddurability.report=true` | "
                + acknowledged + " | " + CRASHES + " | 0 | " + (refused.isEmpty() ? "none" : refused) + " |\n";
        int from = text.indexOf(begin);
        int to = text.indexOf(end);
        if (from < 0 || to < from) {
            throw new IllegalStateException("docs/reliability.md has no durability markers");
        }
        java.nio.file.Files.writeString(doc, text.substring(0, from) + table + text.substring(to));
    }

    private static List<UUID> missing(CrashableDatabase database, Set<UUID> ids) throws Exception {
        Map<String, String> config = database.datasourceConfig();
        try (Connection c = DriverManager.getConnection(config.get("quarkus.datasource.jdbc.url"),
                config.get("quarkus.datasource.username"), config.get("quarkus.datasource.password"));
             PreparedStatement ps = c.prepareStatement("select id from project where id = any(?)")) {
            ps.setArray(1, c.createArrayOf("uuid", ids.toArray()));
            Set<UUID> found = ConcurrentHashMap.newKeySet();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    found.add(rs.getObject(1, UUID.class));
                }
            }
            return ids.stream().filter(id -> !found.contains(id)).toList();
        }
    }

    /**
     * Waits until the writers have had {@value #WRITES_PER_PHASE} more writes acknowledged than {@code before}: counted,
     * not timed, so a machine busy with other work slows the test down instead of failing it.
     */
    private static void awaitMoreWrites(Set<UUID> acknowledged, int before) {
        await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofMillis(50))
                .until(() -> acknowledged.size() >= before + WRITES_PER_PHASE);
    }

    private static int refused(Map<String, AtomicInteger> refusals) {
        AtomicInteger n = refusals.get("DATABASE_UNAVAILABLE");
        return n == null ? 0 : n.get();
    }

    /**
     * Real time on purpose, not synchronisation: a client's pause before it retries, so the writers do not spin on
     * the refused database (the outage lasts until they have been refused, see crashAndRestartAfter).
     */
    private static void backOff() {
        try {
            Thread.sleep(100);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
