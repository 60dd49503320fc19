package org.egov.itpm.platform.hardening;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import jakarta.inject.Inject;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.Map;
import java.util.logging.Level;
import javax.sql.DataSource;
import org.egov.itpm.testsupport.CapturedLogs;
import org.egov.itpm.testsupport.TestTokens;
import org.egov.itpm.testsupport.Walk;
import org.junit.jupiter.api.Test;

/**
 * A client that closes its connection while its mutation runs: SmallRye GraphQL ends the request's context with the
 * connection, the mutation fails when it next needs the caller, and its transaction rolls back. That is one INFO line
 * (ITPM-E091 GRAPHQL_CLIENT_GONE), not an ITPM-E004 ERROR, and nothing of the write is kept.
 */
@QuarkusTest
class ClientGoneTest {

    @Inject
    DataSource dataSource;

    @Test
    void aMutationWhoseClientLeftRollsBackAndIsNotLoggedAsAnError() throws Exception {
        Walk w = Walk.start(TestTokens.QUFU_STAFF, TestTokens.QUFU_APPROVER, "断开前的名称", "100.00", "CONSTRUCTION", "FISCAL");
        String mutation = "mutation { updateProject(id: \"" + w.projectId + "\", input: {name: \"断开后的名称\"}) { id } }";
        try (CapturedLogs logs = CapturedLogs.from(Level.INFO); Connection lock = dataSource.getConnection()) {
            lock.setAutoCommit(false);
            try (Statement st = lock.createStatement()) {
                st.execute("select id from project where id = '" + w.projectId + "' for update");
            }
            try (Socket client = new Socket("localhost", RestAssured.port)) {
                send(client, mutation);
                // the mutation's flush waits for the project's row, held here
                await().atMost(Duration.ofSeconds(10)).until(() -> waitingOnLock() > 0);
                client.shutdownOutput();
                // the service closes its side on the client's FIN; the request's context ends with the connection
                assertThat(client.getInputStream().read()).isEqualTo(-1);
            }
            // the request is over for Vert.x (reset with the connection, the context ended in the same event-loop task)
            // before the mutation may go on: only the metrics request itself is active
            await().atMost(Duration.ofSeconds(10)).until(() -> activeRequests() == 1);
            lock.rollback();

            await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(logs.lines())
                    .anySatisfy(line -> assertThat(line.message()).startsWith("ITPM-E091 GRAPHQL_CLIENT_GONE")
                            .contains("field=/updateProject").contains("ContextNotActiveException")));
            assertThat(logs.lines()).noneSatisfy(line -> assertThat(line.level()).isEqualTo(Level.SEVERE));
        }
        try (Connection c = dataSource.getConnection(); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("select name from project where id = '" + w.projectId + "'")) {
            assertThat(rs.next()).isTrue();
            assertThat(rs.getString(1)).as("the write of the client that left").isEqualTo("断开前的名称");
        }
    }

    private static void send(Socket client, String mutation) throws Exception {
        byte[] body = new ObjectMapper().writeValueAsBytes(Map.of("query", mutation));
        OutputStream out = client.getOutputStream();
        out.write(("POST /graphql HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n"
                + "Authorization: Bearer " + TestTokens.tokenFor(TestTokens.QUFU_STAFF) + "\r\n"
                + "Content-Length: " + body.length + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
        out.write(body);
        out.flush();
    }

    private static double activeRequests() {
        String metrics = RestAssured.given().get("/q/metrics").then().statusCode(200).extract().asString();
        return metrics.lines().filter(line -> line.startsWith("http_server_active_requests"))
                .mapToDouble(line -> Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1))).sum();
    }

    private int waitingOnLock() throws Exception {
        try (Connection c = dataSource.getConnection(); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("select count(*) from pg_stat_activity where wait_event_type = 'Lock'"
                     + " and datname = current_database()")) {
            rs.next();
            return rs.getInt(1);
        }
    }
}
