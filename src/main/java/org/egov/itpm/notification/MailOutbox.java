package org.egov.itpm.notification;

import io.quarkus.mailer.Mail;
import io.quarkus.mailer.Mailer;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.vertx.ext.mail.SMTPException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.net.ConnectException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.egov.itpm.notification.PeopleDirectory.Person;
import org.jboss.logging.Logger;
import org.egov.itpm.common.LogEvent;

/**
 * Outgoing e-mail, stored before it is sent. Each message is sent on its own: a refusal is recorded on that message
 * with a code (SMTP_REJECTED, SMTP_UNAVAILABLE, SEND_FAILED) and retried with doubling back-off until PARKED, and the
 * others go on. Replicas claim messages with {@code for update skip locked}; a crash after sending and before commit
 * sends that message again (at least once).
 */
@ApplicationScoped
public class MailOutbox {

    private static final Logger LOG = Logger.getLogger(MailOutbox.class);
    private static final int MAX_ROUNDS = 100;

    private final EntityManager em;
    private final Mailer mailer;
    private final ReminderConfig.Mail config;

    @Inject
    public MailOutbox(EntityManager em, Mailer mailer, ReminderConfig config) {
        this.em = em;
        this.mailer = mailer;
        this.config = config.mail();
    }

    /** Stores a message once per {@code key} (in the caller's transaction); false when the key was already used. */
    boolean enqueue(String key, Person to, String kind, String subject, String body, Instant now) {
        boolean noAddress = to.email() == null;
        return em.createNativeQuery("""
                insert into mail_message (id, mail_key, recipient, address, kind, subject, body, status, attempts,
                                          next_attempt_at, error_code, error, created_at)
                values (:id, :key, :recipient, :address, :kind, :subject, :body, :status, 0, :now, :code, :error, :now)
                on conflict (mail_key) do nothing""")
                .setParameter("id", UUID.randomUUID()).setParameter("key", key)
                .setParameter("recipient", to.username()).setParameter("address", to.email())
                .setParameter("kind", kind).setParameter("subject", subject).setParameter("body", body)
                .setParameter("status", noAddress ? "FAILED" : "PENDING")
                .setParameter("code", noAddress ? "NO_ADDRESS" : null)
                .setParameter("error", noAddress ? "no e-mail address in the directory" : null)
                .setParameter("now", now).executeUpdate() == 1;
    }

    /** Sends every message due at {@code now}; returns how many were sent. */
    public int sendDue(Instant now) {
        int sent = 0;
        for (int round = 0; round < MAX_ROUNDS; round++) {
            int[] r = QuarkusTransaction.requiringNew().timeout(600).call(() -> round(now));
            sent += r[1];
            if (r[0] == 0) {
                break;
            }
        }
        return sent;
    }

    /** One round: {claimed, sent}. */
    int[] round(Instant now) {
        @SuppressWarnings("unchecked")
        List<Object[]> due = em.createNativeQuery("""
                select id, address, subject, body, attempts from mail_message
                where status = 'PENDING' and next_attempt_at <= :now
                order by next_attempt_at, created_at limit :n
                for update skip locked""").setParameter("now", now).setParameter("n", config.batchSize())
                .getResultList();
        int sent = 0;
        for (Object[] row : due) {
            UUID id = (UUID) row[0];
            int attempts = ((Number) row[4]).intValue() + 1;
            try {
                mailer.send(Mail.withText((String) row[1], (String) row[2], (String) row[3]));
                em.createNativeQuery("update mail_message set status = 'SENT', attempts = :a, sent_at = :now,"
                                + " error_code = null, error = null where id = :id")
                        .setParameter("a", attempts).setParameter("now", now).setParameter("id", id).executeUpdate();
                sent++;
            } catch (RuntimeException e) {
                String code = codeOf(e);
                boolean park = attempts >= config.maxAttempts();
                LOG.warnf("%s mail %s to %s failed (%s, attempt %d%s): %s", LogEvent.MAIL_FAILED, id, row[1], code, attempts,
                        park ? ", parked" : "", e.getMessage());
                em.createNativeQuery("update mail_message set status = :s, attempts = :a, next_attempt_at = :next,"
                                + " error_code = :code, error = :error where id = :id")
                        .setParameter("s", park ? "PARKED" : "PENDING").setParameter("a", attempts)
                        .setParameter("next", now.plus(backoff(attempts))).setParameter("code", code)
                        .setParameter("error", truncate(String.valueOf(e.getMessage()))).setParameter("id", id)
                        .executeUpdate();
            }
        }
        return new int[] {due.size(), sent};
    }

    /** base × 2^(attempts−1), at most max. */
    Duration backoff(int attempts) {
        Duration d = config.backoffBase().multipliedBy(1L << Math.min(20, attempts - 1));
        return d.compareTo(config.backoffMax()) > 0 ? config.backoffMax() : d;
    }

    static String codeOf(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SMTPException smtp) {
                return smtp.isPermanent() ? "SMTP_REJECTED" : "SMTP_UNAVAILABLE";
            }
            if (t instanceof ConnectException) {
                return "SMTP_UNAVAILABLE";
            }
        }
        return "SEND_FAILED";
    }

    private static String truncate(String s) {
        return s.length() <= 1000 ? s : s.substring(0, 1000);
    }
}
