package org.egov.itpm.notification;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.Map;

/** Reminder, digest and e-mail settings under {@code itpm.reminders.*} (README "Configuration", ADR 0006). */
@ConfigMapping(prefix = "itpm.reminders")
public interface ReminderConfig {

    /** Cron of the reminder run, Asia/Shanghai (ITPM_REMINDERS_CRON); "off" disables it. */
    String cron();

    /** Default schedule in working days before the due day, 0 = on the day, "missed" = after it (ITPM_REMINDERS_OFFSETS). */
    @WithDefault("5,1,0,missed")
    String offsets();

    /** Per-pack schedules where a regulation sets its own, e.g. itpm.reminders.pack-offsets."qufu-2024"=10,5,0,missed. */
    Map<String, String> packOffsets();

    /** Hour (0-23, Asia/Shanghai) from which a working day's reminders and digests go out (ITPM_REMINDERS_DIGEST_HOUR). */
    @WithDefault("8")
    int digestHour();

    /** E-mail delivery. */
    Mail mail();

    /** E-mail delivery settings; SMTP itself is quarkus.mailer.* (SMTP_HOST, SMTP_PORT …). */
    interface Mail {
        /** Failed attempts after which a message is PARKED (ITPM_MAIL_MAX_ATTEMPTS). */
        @WithDefault("6")
        int maxAttempts();

        /** First retry delay; doubles per failure (ITPM_MAIL_BACKOFF_BASE). */
        @WithDefault("PT5M")
        Duration backoffBase();

        /** Longest retry delay (ITPM_MAIL_BACKOFF_MAX). */
        @WithDefault("PT6H")
        Duration backoffMax();

        /** Messages sent per transaction. */
        @WithDefault("50")
        int batchSize();
    }
}
