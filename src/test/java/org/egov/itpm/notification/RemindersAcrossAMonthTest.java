package org.egov.itpm.notification;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import jakarta.mail.Address;
import jakarta.mail.internet.MimeMessage;
import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Collectors;
import org.egov.itpm.pack.PackRegistry;
import org.egov.itpm.testsupport.GraphQL;
import org.egov.itpm.testsupport.GreenMailResource;
import org.egov.itpm.testsupport.TestClock;
import org.egov.itpm.testsupport.TestTokens;
import org.egov.itpm.testsupport.Walk;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Acceptance (#18): a test clock moved day by day from 2026-09-19 to 2026-10-20, across 中秋 and 国庆 with their 调休
 * make-up days (09-20 Sunday and 10-10 Saturday are working days), with one Qufu project whose contract deadlines
 * (qufu-2024 art.28, 10 working days) fall in it. Every day the run is called twice, and on 10-10 from two threads
 * at once (two replicas deciding concurrently); exactly the expected reminders and e-mails arrive, per person and
 * channel, and nothing on a day off.
 */
@QuarkusTest
@TestProfile(RemindersProfile.class)
class RemindersAcrossAMonthTest {

    @Inject
    ReminderRun run;
    @Inject
    EntityManager em;
    @Inject
    PackRegistry packs;

    @AfterEach
    void resetClock() {
        TestClock.reset();
    }

    @Test
    void exactlyTheExpectedRemindersAndDigestsReachEachPersonOnceAndNoneOnADayOff() throws Exception {
        Walk w = Walk.qufuInProcurement("曲阜市提醒月度测试", "3000000.00");
        TestClock.setShanghai("2026-09-18T10:00");
        // A: awarded 09-18, never signed: signing due 10-09 (10 working days, 09-20 worked, 09-25..27 and 10-01..07 off)
        w.registerContract("CONSTRUCTION", "awardNoticeOn: \"2026-09-18\", amount: \"1000000\"");
        // B: signed in time (MET, no reminder); filing due 10-08, filed 09-29 after its D-5 reminder (09-23)
        String b = w.registerContract("CONSTRUCTION", "awardNoticeOn: \"2026-09-16\", signedOn: \"2026-09-17\","
                + " amount: \"1000000\"");
        // qufu-lead takes approaching reminders in the service only; missed ones still reach every channel
        GraphQL.postAs(TestTokens.QUFU_LEAD, "mutation { setNotificationPreference(kind: DEADLINE_APPROACHING,"
                + " channels: [IN_APP]) { kind channels } }", Map.of()).statusCode(200);
        GreenMailResource.received().purgeEmailFromAllMailboxes();

        Map<LocalDate, List<String>> mailByDay = new TreeMap<>();
        for (LocalDate day = LocalDate.parse("2026-09-19"); !day.isAfter(LocalDate.parse("2026-10-20"));
             day = day.plusDays(1)) {
            TestClock.setShanghai(day + "T07:30");
            assertThat(run.run(TestClock.now()).decided()).as("before the digest hour on " + day).isFalse();
            TestClock.setShanghai(day + "T09:00");
            if (day.equals(LocalDate.parse("2026-10-10"))) {
                var now = TestClock.now();
                var first = CompletableFuture.supplyAsync(() -> run.run(now));
                var second = CompletableFuture.supplyAsync(() -> run.run(now));
                first.get();
                second.get();
            } else {
                run.run(TestClock.now());
            }
            TestClock.setShanghai(day + "T15:00");
            run.run(TestClock.now());
            if (day.equals(LocalDate.parse("2026-09-29"))) {
                w.tryUpdateContract(b, "filedOn: \"2026-09-29\"").statusCode(200);
            }
            List<String> to = new ArrayList<>();
            for (MimeMessage m : GreenMailResource.received().getReceivedMessages()) {
                for (Address a : m.getAllRecipients()) {
                    to.add(a.toString().replace("@demo.itpm.local", "") + (m.getSubject().contains("周报") ? "/weekly" : ""));
                }
            }
            GreenMailResource.received().purgeEmailFromAllMailboxes();
            if (!to.isEmpty()) {
                to.sort(null);
                mailByDay.put(day, to);
            }
        }

        assertThat(mailByDay).containsExactlyEntriesOf(new TreeMap<>(Map.of(
                LocalDate.parse("2026-09-23"), List.of("qufu-staff"),
                LocalDate.parse("2026-09-24"), List.of("qufu-staff"),
                LocalDate.parse("2026-10-08"), List.of("qufu-staff"),
                LocalDate.parse("2026-10-09"), List.of("qufu-lead", "qufu-staff"),
                LocalDate.parse("2026-10-10"), List.of("qufu-approver", "qufu-lead", "qufu-reviewer", "qufu-staff"),
                LocalDate.parse("2026-10-12"), List.of("qufu-approver/weekly", "qufu-reviewer/weekly", "sd-reviewer/weekly"),
                LocalDate.parse("2026-10-19"), List.of("qufu-approver/weekly", "qufu-reviewer/weekly", "sd-reviewer/weekly"))));
        mailByDay.keySet().forEach(day -> assertThat(packs.calendar().isWorkingDay(day)).as(day + " is a working day").isTrue());

        assertThat(inApp()).isEqualTo(Map.of(
                "qufu-staff", List.of("CONTRACT_FILING D-5 2026-09-23", "CONTRACT_SIGNING D-5 2026-09-24",
                        "CONTRACT_SIGNING D-1 2026-10-08", "CONTRACT_SIGNING D-0 2026-10-09",
                        "CONTRACT_SIGNING MISSED 2026-10-10"),
                "qufu-lead", List.of("CONTRACT_FILING D-5 2026-09-23", "CONTRACT_SIGNING D-5 2026-09-24",
                        "CONTRACT_SIGNING D-1 2026-10-08", "CONTRACT_SIGNING D-0 2026-10-09",
                        "CONTRACT_SIGNING MISSED 2026-10-10"),
                "qufu-reviewer", List.of("CONTRACT_SIGNING MISSED 2026-10-10"),
                "qufu-approver", List.of("CONTRACT_SIGNING MISSED 2026-10-10")));
        assertThat(((Number) em.createNativeQuery("select count(*) from notification where kind = 'ESCALATION_DIGEST'"
                + " and created_at >= cast('2026-09-19' as date) and created_at < cast('2026-10-21' as date)")
                .getSingleResult()).intValue()).as("weekly escalation notifications: 3 authorities x 2 weeks").isEqualTo(6);
        assertThat(((Number) em.createNativeQuery("select count(*) from outbox_event where project_id = cast(:p as uuid)"
                + " and type = 'project.deadline-missed'").setParameter("p", w.projectId).getSingleResult()).intValue())
                .as("one platform event for the missed signing deadline").isEqualTo(1);
        assertThat(((Number) em.createNativeQuery("select count(*) from mail_message where status <> 'SENT'"
                + " and (mail_key like 'daily:%' or mail_key like 'weekly:%')")
                .getSingleResult()).intValue()).isZero();
    }

    @Test
    void theDigestIsInChineseWithTheEnglishBelowGroupedByProjectWithTheArticle() throws Exception {
        Walk w = Walk.qufuInProcurement("曲阜市提醒摘要测试", "3000000.00");
        TestClock.setShanghai("2026-11-02T10:00");
        w.registerContract("CONSTRUCTION", "awardNoticeOn: \"2026-11-02\", amount: \"1000000\"");
        GreenMailResource.received().purgeEmailFromAllMailboxes();
        TestClock.setShanghai("2026-11-09T09:00"); // 5 working days before the due day 11-16
        run.run(TestClock.now());
        MimeMessage mail = java.util.Arrays.stream(GreenMailResource.received().getReceivedMessages())
                .filter(m -> uncheckedRecipient(m).startsWith("qufu-staff@")).findFirst().orElseThrow();
        String body = ((String) mail.getContent()).replace("\r\n", "\n");
        assertThat(mail.getSubject()).startsWith("【政务信息化项目管理】2026-11-09 期限提醒");
        assertThat(body.indexOf("以下期限事项")).isLessThan(body.indexOf("These deadlines need your attention"));
        assertThat(body).contains("■ 曲阜市提醒摘要测试（曲阜市教育和体育局）",
                "还有5个工作日到期：签订采购合同（qufu-2024 art.28），截止 2026-11-16",
                "Due in 5 working days: sign the contract (qufu-2024 art.28), due 2026-11-16");
    }

    private static String uncheckedRecipient(MimeMessage m) {
        try {
            return m.getAllRecipients()[0].toString();
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    @SuppressWarnings("unchecked")
    private Map<String, List<String>> inApp() {
        List<Object[]> rows = em.createNativeQuery("""
                select n.recipient, r.deadline_key, r.step, r.on_day from notification n
                join reminder r on r.reminder_key = n.reminder_key
                where r.project_id in (select id from project where name = '曲阜市提醒月度测试')
                order by r.on_day, r.deadline_key""").getResultList();
        return rows.stream().collect(Collectors.groupingBy(r -> (String) r[0], Collectors.mapping(
                r -> ((String) r[1]).split(":")[1] + " " + ((String) r[2]).replace("D-0", "D-0") + " " + r[3],
                Collectors.toList())));
    }
}
