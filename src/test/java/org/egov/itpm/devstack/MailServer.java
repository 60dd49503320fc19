package org.egov.itpm.devstack;

import static org.awaitility.Awaitility.await;

import com.icegreen.greenmail.standalone.GreenMailStandaloneRunner;
import java.time.Duration;
import java.util.Properties;
import org.awaitility.core.ConditionTimeoutException;

/**
 * A real SMTP server for the local run without Docker: GreenMail standalone (Maven Central), in this JVM. It accepts
 * mail for any address; its web API and UI show what each demo user received, and IMAP lets a mail client read it.
 */
final class MailServer {

    static final int SMTP_PORT = 2525;
    static final int IMAP_PORT = 3143;
    static final int API_PORT = 8025;

    private final GreenMailStandaloneRunner runner = new GreenMailStandaloneRunner();

    static MailServer start() throws InterruptedException {
        MailServer server = new MailServer();
        Properties p = new Properties();
        p.setProperty("greenmail.smtp.hostname", "127.0.0.1");
        p.setProperty("greenmail.smtp.port", String.valueOf(SMTP_PORT));
        p.setProperty("greenmail.imap.hostname", "127.0.0.1");
        p.setProperty("greenmail.imap.port", String.valueOf(IMAP_PORT));
        p.setProperty("greenmail.api.hostname", "127.0.0.1");
        p.setProperty("greenmail.api.port", String.valueOf(API_PORT));
        p.setProperty("greenmail.auth.disabled", "true");
        Thread t = new Thread(() -> server.runner.doRun(p), "greenmail");
        t.setDaemon(true);
        t.start();
        try {
            await("GreenMail listening").atMost(Duration.ofSeconds(30)).pollDelay(Duration.ZERO)
                    .pollInterval(Duration.ofMillis(200))
                    .until(() -> KeycloakServer.isListening(SMTP_PORT) && KeycloakServer.isListening(API_PORT));
        } catch (ConditionTimeoutException e) {
            throw new IllegalStateException("GreenMail did not listen on :" + SMTP_PORT + " and :" + API_PORT
                    + " within 30 s", e);
        }
        return server;
    }

    /** The web UI (OpenAPI, RapiDoc) of GreenMail's REST API. */
    static String uiUrl() {
        return "http://localhost:" + API_PORT + "/";
    }

    /** Where one user's received mail is listed as JSON. */
    static String inboxUrl(String email) {
        return "http://localhost:" + API_PORT + "/api/user/" + email + "/messages/INBOX";
    }
}
