package org.egov.itpm.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.egov.itpm.ledger.LedgerFiles.mutate;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.arc.ClientProxy;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusMock;
import io.quarkus.test.junit.QuarkusTest;
import io.vertx.core.Vertx;
import jakarta.inject.Inject;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.egov.itpm.ledger.export.LedgerExport;
import org.egov.itpm.ledger.job.JobRunner;
import org.egov.itpm.ledger.job.LedgerJob;
import org.egov.itpm.testsupport.GraphQLSocket;
import org.egov.itpm.testsupport.TestTokens;
import org.junit.jupiter.api.Test;

/**
 * The ledgerJobProgress subscription over a real graphql-transport-ws socket with a signed token: the requester sees
 * QUEUED, RUNNING with the projects done growing page by page up to the total announced at the start, then DONE
 * with rows done = total and a download link, and the stream completes;
 * another person gets the NOT_FOUND of ledgerJob; every operation of a socket without a token is UNAUTHENTICATED.
 * The token goes in connection_init's payload ({@code Authorization: Bearer …}) or the upgrade request's header.
 */
@QuarkusTest
class LedgerJobProgressSocketTest {

    static final String PREFIX = "台账进度";
    static final int PROJECTS = 150; // two pages of the export's 100
    static final String PROGRESS = "subscription($id: ID!) { ledgerJobProgress(jobId: $id) { state rowsDone rowsTotal"
            + " downloadUrl } }";
    static final String START = "mutation($f: ProjectFilter) { startLedgerExport(filter: $f) { id } }";

    @Inject
    Vertx vertx;
    @Inject
    JobRunner runner;
    @Inject
    LedgerExport export;
    @Inject
    DataSource db;

    @TestHTTPResource("/graphql")
    URI graphql;

    @Test
    void shouldStreamTheRequestersJobFromQueuedThroughRowsDoneToDoneAndComplete() throws Exception {
        TestTokens.Person staff = LedgerSeed.unitWithProjects(db, "TEST370881LEDGER01", PREFIX, PROJECTS);
        String jobId = mutate(staff, START, Map.of("f", Map.of("nameContains", PREFIX)))
                .getString("data.startLedgerExport.id");
        try (GraphQLSocket socket = GraphQLSocket.open(vertx, graphql, null).init(TestTokens.tokenFor(staff))) {
            assertThat(socket.next().path("type").asText()).isEqualTo("connection_ack");
            socket.subscribe("1", PROGRESS, Map.of("id", jobId));
            assertThat(progressOf(socket.next()).path("state").asText()).isEqualTo("QUEUED");

            pacedBy(socket, jobId);
            runner.runAvailable("test-worker");

            List<JsonNode> states = new java.util.ArrayList<>();
            JsonNode message = socket.next();
            while (message.path("type").asText().equals("next")) {
                states.add(progressOf(message));
                message = socket.next();
            }
            assertThat(message.path("type").asText()).as("the stream ends after DONE").isEqualTo("complete");
            assertThat(message.path("id").asText()).isEqualTo("1");
            JsonNode done = states.remove(states.size() - 1);
            assertThat(done.path("state").asText()).isEqualTo("DONE");
            assertThat(done.path("rowsDone").asInt()).as("the ledger's rows").isEqualTo(PROJECTS);
            assertThat(done.path("rowsTotal").asInt()).as("the total at DONE").isEqualTo(PROJECTS);
            assertThat(done.path("downloadUrl").asText()).startsWith("/api/v1/ledger/jobs/" + jobId + "/result?");
            assertThat(states).as("RUNNING only, between QUEUED and DONE")
                    .allSatisfy(s -> assertThat(s.path("state").asText()).isEqualTo("RUNNING"));
            // the total is the projects, announced before the first page (only the instant between claim and first
            // report can show none) and the same at DONE
            assertThat(states.stream().filter(s -> !s.path("rowsTotal").isNull()))
                    .as("the total while running").isNotEmpty()
                    .allSatisfy(s -> assertThat(s.path("rowsTotal").asInt()).isEqualTo(PROJECTS));
            assertThat(states.get(0).path("rowsDone").asInt()).isZero();
            // each of the five sheets reads the two pages (100, then 50 projects) and moves the projects a fifth on
            List<Integer> rowsDone = states.stream().map(s -> s.path("rowsDone").asInt()).filter(n -> n > 0).toList();
            assertThat(rowsDone).as("projects done, page by page, sheet by sheet")
                    .containsExactly(20, 30, 50, 60, 80, 90, 110, 120, 140, PROJECTS);
        }
    }

    @Test
    void shouldAnswerAnotherPersonsSubscriptionWithTheNotFoundOfLedgerJob() throws Exception {
        String jobId = mutate(TestTokens.QUFU_STAFF, START, Map.of("f", Map.of("nameContains", "无此项目")))
                .getString("data.startLedgerExport.id");
        try (GraphQLSocket socket = GraphQLSocket.open(vertx, graphql, null)
                .init(TestTokens.tokenFor(TestTokens.QUFU_HEALTH_STAFF))) {
            assertThat(socket.next().path("type").asText()).isEqualTo("connection_ack");
            socket.subscribe("1", PROGRESS, Map.of("id", jobId));
            assertThat(errorCodeOf(socket.next())).isEqualTo("NOT_FOUND");
        }
        runner.runAvailable("test-worker");
    }

    @Test
    void shouldRefuseEveryOperationOfASocketWithoutAToken() throws Exception {
        String jobId = mutate(TestTokens.QUFU_STAFF, START, Map.of("f", Map.of("nameContains", "无此项目")))
                .getString("data.startLedgerExport.id");
        try (GraphQLSocket socket = GraphQLSocket.open(vertx, graphql, null).init(null)) {
            assertThat(socket.next().path("type").asText()).isEqualTo("connection_ack");
            socket.subscribe("1", PROGRESS, Map.of("id", jobId));
            assertThat(errorCodeOf(socket.next())).isEqualTo("UNAUTHENTICATED");
        }
        runner.runAvailable("test-worker");
    }

    @Test
    void shouldAcceptTheTokenInTheUpgradeRequestsHeaderToo() throws Exception {
        String jobId = mutate(TestTokens.QUFU_STAFF, START, Map.of("f", Map.of("nameContains", "无此项目")))
                .getString("data.startLedgerExport.id");
        try (GraphQLSocket socket = GraphQLSocket.open(vertx, graphql, TestTokens.tokenFor(TestTokens.QUFU_STAFF))
                .init(null)) {
            assertThat(socket.next().path("type").asText()).isEqualTo("connection_ack");
            socket.subscribe("1", PROGRESS, Map.of("id", jobId));
            assertThat(progressOf(socket.next()).path("state").asText()).isEqualTo("QUEUED");
        }
        runner.runAvailable("test-worker");
    }

    /** A refused operation: a next message without data, with the coded error (SmallRye does not use "error"). */
    private static String errorCodeOf(JsonNode message) {
        assertThat(message.path("type").asText()).isEqualTo("next");
        assertThat(message.path("payload").path("data").path("ledgerJobProgress").isNull()).isTrue();
        return message.path("payload").path("errors").get(0).path("extensions").path("code").asText();
    }

    private static JsonNode progressOf(JsonNode message) {
        assertThat(message.path("type").asText()).as("a next message: %s", message).isEqualTo("next");
        return message.path("payload").path("data").path("ledgerJobProgress");
    }

    /**
     * The export of {@code jobId} goes on after each progress report only once the subscriber has seen it: the
     * subscription samples the job row once a second, so without this a fast export would skip straight to DONE.
     */
    private void pacedBy(GraphQLSocket socket, String jobId) {
        LedgerExport real = ClientProxy.unwrap(export);
        QuarkusMock.installMockForType(new LedgerExport(null, null, null, null, null) {
            @Override
            public Outcome run(LedgerJob job, Progress progress) throws Exception {
                if (!job.id.toString().equals(jobId)) {
                    return real.run(job, progress);
                }
                return real.run(job, (done, total) -> {
                    progress.report(done, total);
                    await().atMost(Duration.ofSeconds(20)).until(() -> socket.received().stream()
                            .map(m -> m.path("payload").path("data").path("ledgerJobProgress"))
                            .anyMatch(p -> p.path("rowsDone").asInt(-1) == done
                                    && (total == null || p.path("rowsTotal").asInt(-1) == total)));
                });
            }
        }, LedgerExport.class);
    }
}
