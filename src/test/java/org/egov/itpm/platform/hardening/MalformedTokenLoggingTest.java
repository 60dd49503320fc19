package org.egov.itpm.platform.hardening;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.Test;

/**
 * Issue #14: a malformed bearer token was logged at ERROR (the service tried token introspection with a client that
 * may not). Bad client input never logs at ERROR: every such token gets a 401 and nothing above WARN is logged.
 */
@QuarkusTest
class MalformedTokenLoggingTest {

    private static final String FORGED = "eyJhbGciOiJSUzI1NiIsInR5cCI6IkpXVCJ9."
            + "eyJzdWIiOiJ4IiwiZXhwIjo0MTAyNDQ0ODAwfQ.c2lnbmF0dXJl";

    @Test
    void malformedAndForgedBearerTokensAreRefusedWithoutAnErrorInTheLog() {
        List<LogRecord> severe = new CopyOnWriteArrayList<>();
        Handler capture = new Handler() {
            @Override
            public void publish(LogRecord record) {
                if (record.getLevel().intValue() >= Level.SEVERE.intValue()) {
                    severe.add(record);
                }
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        Logger root = Logger.getLogger("");
        root.addHandler(capture);
        try {
            for (String token : new String[] {"garbage", "a.b.c", "not.a.token", FORGED, "x".repeat(5000), "Bearer"}) {
                given().auth().oauth2(token).contentType(ContentType.JSON)
                        .body(Map.of("query", "{ policyPacks { id } }")).post("/graphql").then().statusCode(401);
                given().auth().oauth2(token).get("/api/platform/v1/projects").then().statusCode(401);
            }
        } finally {
            root.removeHandler(capture);
        }
        assertThat(severe).extracting(r -> r.getLoggerName() + ": " + r.getMessage()).isEmpty();
    }
}
