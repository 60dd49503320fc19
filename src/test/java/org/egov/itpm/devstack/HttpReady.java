package org.egov.itpm.devstack;

import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.awaitility.core.ConditionTimeoutException;
import org.awaitility.core.TerminalFailureException;

/** Waits until a server process the local run started answers 200 on a probe URL; fails at once if it exits. */
final class HttpReady {

    private HttpReady() {
    }

    /**
     * @param name    what the messages call the server
     * @param logHint appended to a failure: where its log is
     */
    static void await200(URI probe, Duration atMost, Process server, String name, Supplier<String> logHint) {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        AtomicInteger lastStatus = new AtomicInteger(-1);
        try {
            await(name + " ready").atMost(atMost).pollDelay(Duration.ZERO).pollInterval(Duration.ofSeconds(1))
                    .failFast(() -> !server.isAlive())
                    .until(() -> {
                        lastStatus.set(status(http, probe));
                        return lastStatus.get() == 200;
                    });
        } catch (TerminalFailureException exited) {
            throw new IllegalStateException(name + " exited with code " + server.exitValue() + " before it was ready"
                    + logHint.get());
        } catch (ConditionTimeoutException slow) {
            throw new IllegalStateException(name + " did not answer 200 on " + probe + " within "
                    + atMost.toSeconds() + " s (last status " + lastStatus.get() + ")" + logHint.get());
        }
    }

    private static int status(HttpClient http, URI probe) throws InterruptedException {
        try {
            return http.send(HttpRequest.newBuilder(probe).timeout(Duration.ofSeconds(3)).GET().build(),
                    HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (IOException notYet) {
            return -1; // not listening yet
        }
    }
}
