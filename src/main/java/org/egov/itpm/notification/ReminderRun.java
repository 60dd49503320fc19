package org.egov.itpm.notification;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.FlushModeType;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.egov.itpm.common.ClockProducer;
import org.egov.itpm.common.SessionJdbc;
import org.egov.itpm.common.Text;
import org.egov.itpm.notification.PeopleDirectory.Person;
import org.egov.itpm.pack.PackRegistry;
import org.egov.itpm.platform.exchange.outbox.OutboxWriter;
import org.egov.itpm.policy.calendar.WorkingDayCalendar;
import org.egov.itpm.policy.reminder.ReminderKind;
import org.egov.itpm.policy.reminder.ReminderStep;
import org.jboss.logging.Logger;
import org.egov.itpm.common.LogEvent;

/**
 * The reminder run: on a working day from the digest hour (Asia/Shanghai) it decides each open project's
 * reminders, stores them under a unique key (so each goes out once across restarts and replicas), notifies in the
 * service, tells the provincial platform about missed deadlines, queues one daily digest per person and, on the
 * first working day of a week, one escalation digest per authority; then it sends due e-mail. One replica decides
 * at a time (advisory lock); the unique keys make a second decision a no-op anyway.
 */
@ApplicationScoped
public class ReminderRun {

    private static final Logger LOG = Logger.getLogger(ReminderRun.class);
    // Arbitrary but fixed: the advisory lock id every replica uses for the reminder run.
    private static final long LOCK_ID = 0x17_0D_A1_5DL;
    static final String PLATFORM = "#platform";

    /** What one run did. */
    public record Outcome(boolean decided, int reminders, int digests, int mailsSent, int projectsWalked) {
    }

    @Inject
    EntityManager em;
    @Inject
    DueDeadlines deadlines;
    @Inject
    PeopleDirectory directory;
    @Inject
    NotificationService notifications;
    @Inject
    OutboxWriter outbox;
    @Inject
    MailOutbox mail;
    @Inject
    PackRegistry packs;
    @Inject
    ReminderConfig config;
    @Inject
    Clock clock;

    /** How far the replicas' clocks (which stamp a project's updatedAt) may be apart, and then some. */
    static final Duration CLOCK_MARGIN = Duration.ofMinutes(5);

    @Scheduled(identity = "reminders", cron = "{itpm.reminders.cron}", timeZone = "Asia/Shanghai",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduled() {
        run(clock.instant());
    }

    /** Decides and sends what is due at {@code now}; deadlines themselves are computed as of the business clock. */
    public Outcome run(Instant now) {
        int[] decided = QuarkusTransaction.requiringNew().timeout(3600).call(() -> decide(now));
        int sent = mail.sendDue(now);
        return new Outcome(decided[0] == 1, decided[1], decided[2], sent, decided[3]);
    }

    /** {decided?, reminders, digests, projects walked}. */
    int[] decide(Instant now) {
        ZonedDateTime local = now.atZone(ClockProducer.CHINA);
        LocalDate today = local.toLocalDate();
        WorkingDayCalendar cal = packs.calendar();
        if (!cal.isWorkingDay(today) || local.getHour() < config.digestHour()) {
            return new int[] {0, 0, 0, 0};
        }
        Boolean locked = (Boolean) em.createNativeQuery("select pg_try_advisory_xact_lock(:id)")
                .setParameter("id", LOCK_ID).getSingleResult();
        if (!Boolean.TRUE.equals(locked)) {
            LOG.infof("%s reminder run skipped: another replica holds the lock", LogEvent.REMINDER_RUN_SKIPPED);
            return new int[] {0, 0, 0, 0};
        }
        // Flush at each chunk's end (DueDeadlines), not before every native statement of a reminder: an automatic
        // flush dirty-checks every entity the chunk loaded, once per reminder, quadratic at 100,000 projects.
        em.setFlushMode(FlushModeType.COMMIT);
        Recipients recipients = new Recipients(directory.all());
        Map<String, Map<ReminderKind, Set<Channel>>> choices = notifications.allChoices();
        Map<String, DigestItems> digest = new LinkedHashMap<>();
        boolean weekly = weeklyDigestDue(today);
        // the week's first run and the day's first run walk every open project, later runs of the day the changed ones
        Instant changedSince = weekly ? null : changedSinceTodaysLastRun(today);
        List<Person> authorities = weekly ? recipients.authorities() : List.of();
        Map<String, DigestItems> escalations = new LinkedHashMap<>();
        int[] reminders = {0};
        List<DueItem> missedInChunk = new ArrayList<>();
        int walked = deadlines.forEachOpenProject(today, cal, changedSince, (project, items) -> {
            for (DueItem item : items) {
                if (item.step() == null) {
                    continue;
                }
                for (Person person : recipients.of(item.responsible(), item.step().missed(), project.ownerOrgCode(),
                        item.regionCode())) {
                    if (!remind(item, person.username(), today, now)) {
                        continue;
                    }
                    reminders[0]++;
                    Set<Channel> channels = choices.getOrDefault(person.username(), Map.of())
                            .getOrDefault(item.kind(), NotificationService.channels(item.kind(), null));
                    if (channels.contains(Channel.IN_APP)) {
                        notifications.add(notification(item, person.username(), item.reminderKey(person.username())));
                    }
                    if (channels.contains(Channel.EMAIL)) {
                        digest.computeIfAbsent(person.username(), u -> DigestItems.daily()).add(item);
                    }
                }
                if (item.step().missed()) {
                    missedInChunk.add(item);
                }
            }
            for (DueItem item : items) {
                if (item.overdue() || item.openOrder()) {
                    for (Person authority : authorities) {
                        if (recipients.supervises(authority, item.regionCode())) {
                            escalations.computeIfAbsent(authority.username(), u -> DigestItems.weekly()).add(item);
                        }
                    }
                }
            }
        }, () -> {
            tellPlatform(missedInChunk, today, now);
            missedInChunk.clear();
        });
        int digests = dailyDigests(recipients, digest, today, now);
        if (weekly) {
            digests += weeklyDigests(authorities, escalations, today, now);
        }
        SessionJdbc.update(em, "insert into reminder_run (day, started_at, finished_at) values (:day, :started, :at)"
                + " on conflict (day) do update set started_at = excluded.started_at, finished_at = excluded.finished_at",
                "day", today, "started", Timestamp.from(now), "at", Timestamp.from(clock.instant()));
        LOG.infof("%s reminder run %s: %d reminders, %d digests queued, %d projects walked (%s)",
                LogEvent.REMINDER_RUN_DONE, today, reminders[0], digests, walked,
                changedSince == null ? "all open" : "changed since " + changedSince);
        return new int[] {1, reminders[0], digests, walked};
    }

    /**
     * Missed deadlines go to the provincial platform in a transaction per chunk of projects: the project rows that
     * {@link OutboxWriter#append} locks are held for one chunk, not for the whole run, so users' writes to those
     * projects do not wait for it. The reminder key sends each event once, also when the run fails after the chunk.
     */
    private void tellPlatform(List<DueItem> missed, LocalDate today, Instant now) {
        if (missed.isEmpty()) {
            return;
        }
        QuarkusTransaction.requiringNew().run(() -> {
            for (DueItem item : missed) {
                if (remind(item, PLATFORM, today, now)) {
                    outbox.append(item.projectId(), "project.deadline-missed", missedEvent(item));
                }
            }
        });
    }

    private boolean remind(DueItem item, String recipient, LocalDate today, Instant now) {
        return SessionJdbc.update(em, """
                insert into reminder (reminder_key, project_id, deadline_key, step, kind, recipient, due, on_day, created_at)
                values (:key, :project, :deadline, :step, :kind, :recipient, :due, :today, :now)
                on conflict (reminder_key) do nothing""",
                "key", item.reminderKey(recipient), "project", item.projectId(), "deadline", item.deadline().key(),
                "step", item.step().code(), "kind", item.kind().name(), "recipient", recipient,
                "due", item.deadline().due(), "today", today, "now", now) == 1;
    }

    private static Notification notification(DueItem item, String recipient, String key) {
        Notification n = new Notification();
        n.recipient = recipient;
        n.kind = item.kind();
        n.mandatory = n.kind.mandatory();
        n.projectId = item.projectId();
        n.reminderKey = key;
        Text title = ReminderTexts.title(item);
        Text body = ReminderTexts.body(item);
        n.titleZh = title.zh();
        n.titleEn = title.en();
        n.bodyZh = body.zh();
        n.bodyEn = body.en();
        n.citation = item.deadline().cite().render();
        n.due = item.deadline().due();
        return n;
    }

    private static Map<String, Object> missedEvent(DueItem item) {
        Map<String, Object> deadline = new LinkedHashMap<>();
        deadline.put("ruleCode", item.deadline().ruleCode());
        deadline.put("subject", item.deadline().subject());
        deadline.put("due", item.deadline().due().toString());
        deadline.put("severity", item.deadline().severityWhenMissed().name());
        deadline.put("citation", item.deadline().cite().render());
        return Map.of("deadline", deadline);
    }

    private int dailyDigests(Recipients recipients, Map<String, DigestItems> digest, LocalDate today, Instant now) {
        int queued = 0;
        for (Map.Entry<String, DigestItems> e : digest.entrySet()) {
            Person person = recipients.byUsername(e.getKey());
            Text[] text = ReminderTexts.dailyDigest(person.displayName(), today, e.getValue());
            if (mail.enqueue("daily:" + person.username() + ":" + today, person, "DAILY_DIGEST",
                    ReminderTexts.mailSubject(text[0]), ReminderTexts.mailBody(text[1]), now)) {
                queued++;
            }
        }
        return queued;
    }

    private int weeklyDigests(List<Person> authorities, Map<String, DigestItems> escalations, LocalDate today,
                              Instant now) {
        int queued = 0;
        String week = today.get(IsoFields.WEEK_BASED_YEAR) + "-W" + today.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR);
        for (Person authority : authorities) {
            DigestItems mine = escalations.get(authority.username());
            if (mine == null) {
                continue;
            }
            Text[] text = ReminderTexts.weeklyDigest(authority.displayName(), today, mine);
            if (mail.enqueue("weekly:" + authority.username() + ":" + week, authority, "ESCALATION_DIGEST",
                    ReminderTexts.mailSubject(text[0]), ReminderTexts.mailBody(text[1]), now)) {
                queued++;
                Notification n = new Notification();
                n.recipient = authority.username();
                n.kind = ReminderKind.ESCALATION_DIGEST;
                n.mandatory = true;
                n.titleZh = text[0].zh();
                n.titleEn = text[0].en();
                n.bodyZh = text[1].zh();
                n.bodyEn = text[1].en();
                notifications.add(n);
            }
        }
        return queued;
    }

    /**
     * Whether this week's escalation digest is due: no run of this ISO week has finished yet. That is the first run
     * of the week's first working day (Monday, or later after a holiday) and, when the service missed that day (down,
     * or the run failed and rolled back), the next run. Each authority's digest is keyed by the week, so it goes once.
     */
    private boolean weeklyDigestDue(LocalDate today) {
        LocalDate monday = today.minusDays(today.getDayOfWeek().getValue() - 1);
        return ((Number) em.createNativeQuery("select count(*) from reminder_run where day >= :monday and day <= :today")
                .setParameter("monday", monday).setParameter("today", today).getSingleResult()).intValue() == 0;
    }

    /**
     * Null for the day's first run (walk every open project); else the start of the day's last finished run, less
     * {@link #CLOCK_MARGIN}: a project not changed since has the same due items all day, and its reminders of the
     * day are already recorded. Changes that move every project's dates (a holiday schedule uploaded, a pack
     * re-bound without a project write) reach the reminders with the next day's first run.
     */
    private Instant changedSinceTodaysLastRun(LocalDate today) {
        List<Instant> started = em.createNativeQuery("select started_at from reminder_run where day = :today"
                + " and started_at is not null", Instant.class).setParameter("today", today).getResultList();
        return started.isEmpty() ? null : started.get(0).minus(CLOCK_MARGIN);
    }
}
