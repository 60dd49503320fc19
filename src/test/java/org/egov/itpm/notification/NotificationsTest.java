package org.egov.itpm.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.egov.itpm.notification.PeopleDirectory.Person;
import org.egov.itpm.policy.reminder.ReminderKind;
import org.egov.itpm.testsupport.GraphQL;
import org.egov.itpm.testsupport.GreenMailResource;
import org.egov.itpm.testsupport.TestClock;
import org.egov.itpm.testsupport.TestTokens;
import org.junit.jupiter.api.Test;

/** The notifications API is the caller's own; mandatory kinds stay on; a failing address never blocks the others. */
@QuarkusTest
@TestProfile(RemindersProfile.class)
class NotificationsTest {

    @Inject
    NotificationService service;
    @Inject
    MailOutbox mail;
    @Inject
    EntityManager em;

    private UUID store(String recipient, String title) {
        return QuarkusTransaction.requiringNew().call(() -> {
            Notification n = new Notification();
            n.recipient = recipient;
            n.kind = ReminderKind.DEADLINE_APPROACHING;
            n.titleZh = title;
            n.titleEn = title;
            n.bodyZh = "b";
            n.bodyEn = "b";
            n.citation = "qufu-2024 art.28";
            return service.add(n).id;
        });
    }

    @Test
    void aPersonSeesPagesAndMarksOnlyTheirOwnNotifications() {
        TestClock.setShanghai("2026-03-02T09:00");
        UUID first = store("qufu-health-staff", "一");
        TestClock.setShanghai("2026-03-02T09:01");
        store("qufu-health-staff", "二");
        TestClock.reset();
        UUID others = store("qufu-health-lead", "别人的");
        var health = TestTokens.token("qufu-health-staff", List.of("unit-staff"), TestTokens.QUFU_HEALTH_STAFF.orgCode(),
                "370881");
        String page = "{ notifications(first: 1) { edges { cursor node { titleZh citation mandatory } }"
                + " pageInfo { hasNextPage endCursor } } unreadNotificationCount }";
        String cursor = GraphQL.postAs(health, page, Map.of())
                .body("data.notifications.edges", hasSize(1))
                .body("data.notifications.edges[0].node.titleZh", equalTo("二"))
                .body("data.notifications.edges[0].node.citation", equalTo("qufu-2024 art.28"))
                .body("data.notifications.pageInfo.hasNextPage", equalTo(true))
                .body("data.unreadNotificationCount", equalTo(2))
                .extract().path("data.notifications.pageInfo.endCursor");
        GraphQL.postAs(health, "query($a: String) { notifications(first: 5, after: $a) { edges { node { titleZh } } } }",
                        Map.of("a", cursor))
                .body("data.notifications.edges.node.titleZh", equalTo(List.of("一")));
        GraphQL.postAs(health, "mutation($ids: [String!]!) { markNotificationsRead(ids: $ids) }",
                        Map.of("ids", List.of(first.toString(), others.toString())))
                .body("data.markNotificationsRead", equalTo(1));
        assertThat(service.unreadCount("qufu-health-lead")).as("another person's notification stays unread").isEqualTo(1);
        GraphQL.postAs(health, "{ notifications(unreadOnly: true) { edges { node { titleZh } } } }", Map.of())
                .body("data.notifications.edges.node.titleZh", equalTo(List.of("二")));
        GraphQL.postAs(health, "mutation { markAllNotificationsRead }", Map.of())
                .body("data.markAllNotificationsRead", equalTo(1));
        GraphQL.postAs(health, "{ unreadNotificationCount }", Map.of()).body("data.unreadNotificationCount", equalTo(0));
        GraphQL.postAs(health, "{ notifications(after: \"nonsense\") { edges { cursor } } }", Map.of())
                .body("errors[0].extensions.code", equalTo("INVALID_INPUT"))
                .body("errors[0].extensions.details.fieldErrors[0].code", equalTo("INVALID_CURSOR"));
    }

    @Test
    void mandatoryKindsCannotBeTurnedOffAndOthersCan() {
        GraphQL.postAs(TestTokens.QUFU_HEALTH_STAFF, "mutation { setNotificationPreference(kind: DEADLINE_MISSED,"
                        + " channels: [IN_APP]) { kind } }", Map.of())
                .body("errors[0].extensions.code", equalTo("NOTIFICATION_MANDATORY"))
                .body("errors[0].extensions.messages.zh", org.hamcrest.Matchers.containsString("不能关闭"));
        GraphQL.postAs(TestTokens.QUFU_HEALTH_STAFF, "mutation { setNotificationPreference(kind: DEADLINE_DUE_TODAY,"
                        + " channels: []) { kind channels mandatory } }", Map.of())
                .body("errors", nullValue())
                .body("data.setNotificationPreference.channels", hasSize(0));
        GraphQL.postAs(TestTokens.QUFU_HEALTH_STAFF, "{ notificationPreferences { kind mandatory channels } }", Map.of())
                .body("data.notificationPreferences.find { it.kind == 'DEADLINE_MISSED' }.channels",
                        equalTo(List.of("IN_APP", "EMAIL")))
                .body("data.notificationPreferences.find { it.kind == 'DEADLINE_MISSED' }.mandatory", equalTo(true))
                .body("data.notificationPreferences.find { it.kind == 'DEADLINE_DUE_TODAY' }.channels", hasSize(0))
                .body("data.notificationPreferences.kind", hasItem("ESCALATION_DIGEST"));
    }

    @Test
    void aFailingMessageIsRecordedWithACodeAndRetriedWithBackOffWhileTheOthersGoOut() throws Exception {
        GreenMailResource.received().purgeEmailFromAllMailboxes();
        Instant now = TestClock.now();
        QuarkusTransaction.requiringNew().run(() -> {
            mail.enqueue("test:bad", person("bad", "not an address"), "DAILY_DIGEST", "s", "b", now);
            mail.enqueue("test:good", person("good", "good@demo.itpm.local"), "DAILY_DIGEST", "s", "b", now);
            mail.enqueue("test:none", person("none", null), "DAILY_DIGEST", "s", "b", now);
            assertThat(mail.enqueue("test:good", person("good", "good@demo.itpm.local"), "DAILY_DIGEST", "s", "b",
                    now)).as("a mail key is used once").isFalse();
        });
        assertThat(mail.sendDue(now)).isEqualTo(1);
        assertThat(GreenMailResource.received().getReceivedMessages()).hasSize(1);
        assertThat(row("test:bad")).containsEntry("status", "PENDING").containsEntry("attempts", 1)
                .containsEntry("error_code", "SEND_FAILED");
        assertThat(row("test:none")).containsEntry("status", "FAILED").containsEntry("error_code", "NO_ADDRESS");
        assertThat(mail.sendDue(now.plus(Duration.ofMinutes(4)))).as("not due before the back-off").isZero();
        assertThat(row("test:bad")).containsEntry("attempts", 1);
        mail.sendDue(now.plus(Duration.ofMinutes(5)));
        assertThat(row("test:bad")).containsEntry("attempts", 2);
        mail.sendDue(now.plus(Duration.ofDays(1)));
        mail.sendDue(now.plus(Duration.ofDays(2)));
        mail.sendDue(now.plus(Duration.ofDays(3)));
        mail.sendDue(now.plus(Duration.ofDays(4)));
        assertThat(row("test:bad")).containsEntry("status", "PARKED").containsEntry("attempts", 6);
    }

    @Test
    void anSmtpServerThatIsDownDelaysTheMessageAndNothingIsLost() throws Exception {
        GreenMailResource.received().purgeEmailFromAllMailboxes();
        Instant now = TestClock.now();
        GreenMailResource.stopServer();
        try {
            QuarkusTransaction.requiringNew().run(() ->
                    mail.enqueue("test:down", person("down", "down@demo.itpm.local"), "DAILY_DIGEST", "s", "b", now));
            assertThat(mail.sendDue(now)).isZero();
            assertThat(row("test:down")).containsEntry("status", "PENDING").containsEntry("error_code", "SMTP_UNAVAILABLE");
        } finally {
            GreenMailResource.startServer();
        }
        assertThat(mail.sendDue(now.plus(Duration.ofMinutes(5)))).isEqualTo(1);
        assertThat(row("test:down")).containsEntry("status", "SENT");
        assertThat(GreenMailResource.received().getReceivedMessages()).hasSize(1);
    }

    private static Person person(String username, String email) {
        return new Person(username, username, email, Set.of("unit-staff"), null, "370881");
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> row(String key) {
        return QuarkusTransaction.requiringNew().call(() -> {
            Object[] r = (Object[]) em.createNativeQuery("select status, attempts, error_code from mail_message"
                    + " where mail_key = :k").setParameter("k", key).getSingleResult();
            java.util.HashMap<String, Object> m = new java.util.HashMap<>();
            m.put("status", r[0]);
            m.put("attempts", ((Number) r[1]).intValue());
            m.put("error_code", r[2]);
            return m;
        });
    }
}
