package org.egov.itpm.devstack;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.Message;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/** The local run's mail server: what is sent over SMTP :2525 is listed per demo user by the web API on :8025. */
class MailServerTest {

    @Test
    void mailSentOverSmtpIsReadableOverHttpAsTheReadmeSays() throws Exception {
        if (KeycloakServer.isListening(MailServer.SMTP_PORT)) {
            return; // a local run is up and owns the port; its mail server is the one the README points at
        }
        MailServer.start();
        Properties props = new Properties();
        props.setProperty("mail.smtp.host", "localhost");
        props.setProperty("mail.smtp.port", String.valueOf(MailServer.SMTP_PORT));
        MimeMessage m = new MimeMessage(Session.getInstance(props));
        m.setFrom("noreply@itpm.local");
        m.setRecipient(Message.RecipientType.TO, new InternetAddress("qufu-staff@demo.itpm.local"));
        m.setSubject("期限提醒 test", "UTF-8");
        m.setText("正文", "UTF-8");
        Transport.send(m);
        HttpResponse<String> inbox = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create(MailServer.inboxUrl("qufu-staff@demo.itpm.local"))).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(inbox.statusCode()).isEqualTo(200);
        assertThat(inbox.body()).contains("qufu-staff@demo.itpm.local");
    }
}
