package org.egov.itpm.testsupport;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.util.Map;

/**
 * A real SMTP server (GreenMail) for every @QuarkusTest, on a free port; one per test JVM. The mailer talks SMTP to
 * it, and tests read what it received ({@link #received()}), never a mock mailbox.
 */
public class GreenMailResource implements QuarkusTestResourceLifecycleManager {

    private static GreenMail greenMail;
    private static int port;

    @Override
    public synchronized Map<String, String> start() {
        if (greenMail == null) {
            port = freePort();
            startServer();
            Runtime.getRuntime().addShutdownHook(new Thread(() -> greenMail.stop()));
        }
        return Map.of("quarkus.mailer.host", "127.0.0.1", "quarkus.mailer.port", String.valueOf(port),
                "quarkus.mailer.start-tls", "DISABLED");
    }

    /** Kept running across Quarkus restarts; stopped when the JVM exits. */
    @Override
    public void stop() {
    }

    /** The server, e.g. to read received messages or purge them. */
    public static GreenMail received() {
        return greenMail;
    }

    /** Stops the server, so sending fails as with an SMTP server that is down. */
    public static synchronized void stopServer() {
        greenMail.stop();
    }

    /** Starts it again on the same port. */
    public static synchronized void startServer() {
        greenMail = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        greenMail.start();
    }

    private static int freePort() {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
