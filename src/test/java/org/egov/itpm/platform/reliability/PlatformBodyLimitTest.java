package org.egov.itpm.platform.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.egov.itpm.platform.exchange.Exchange;
import org.junit.jupiter.api.Test;

/**
 * The 64 KiB limit of the platform exchange holds for a body sent chunked, without Content-Length (issue #14): it is
 * refused with a coded 413 as soon as it passes the limit, while a small chunked body is read as usual.
 */
@QuarkusTest
class PlatformBodyLimitTest {

    @TestHTTPResource("/")
    URI base;

    @Test
    void aChunkedBodyOverTheLimitIsACoded413() throws Exception {
        String padding = "x".repeat(200_000);
        HttpResponse<String> r = putChunked("BIG-1",
                "{\"APPROVAL_ITEMID\": \"BIG-1\", \"DEPT_NAME\": \"" + padding + "\"}");

        assertThat(r.statusCode()).isEqualTo(413);
        assertThat(new ObjectMapper().readTree(r.body()).path("code").asText()).isEqualTo("PAYLOAD_TOO_LARGE");
    }

    @Test
    void aSmallChunkedBodyIsReadAsUsual() throws Exception {
        HttpResponse<String> r = putChunked("SMALL-1", "{\"APPROVAL_ITEMID\": \"SMALL-1\"}");

        // read and validated like any other body: the missing fields are named, nothing is refused for its size
        assertThat(r.statusCode()).as(r.body()).isEqualTo(400);
        assertThat(new ObjectMapper().readTree(r.body()).path("code").asText()).isEqualTo("INVALID_INPUT");
    }

    private HttpResponse<String> putChunked(String itemId, String body) throws Exception {
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        // a body publisher of unknown length is sent with Transfer-Encoding: chunked, no Content-Length
        HttpRequest request = HttpRequest.newBuilder(base.resolve("/api/platform/v1/approval-results/" + itemId))
                .timeout(Duration.ofSeconds(30)).header("Authorization", "Bearer " + Exchange.SHANDONG)
                .header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofInputStream(() ->
                        new ByteArrayInputStream(body.getBytes(StandardCharsets.UTF_8)))).build();
        return http.send(request, HttpResponse.BodyHandlers.ofString());
    }
}
