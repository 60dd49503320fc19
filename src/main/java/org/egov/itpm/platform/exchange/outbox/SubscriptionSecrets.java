package org.egov.itpm.platform.exchange.outbox;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.UUID;
import org.egov.itpm.platform.secrets.SecretBox;
import org.jboss.logging.Logger;
import org.egov.itpm.common.LogEvent;

/**
 * Webhook secrets at rest: sealed with the current key when stored, opened for signing, and at start-up every
 * plain (pre-V81) value or value sealed with an earlier key is sealed again with the current key.
 */
@ApplicationScoped
public class SubscriptionSecrets {

    private static final Logger LOG = Logger.getLogger(SubscriptionSecrets.class);

    private final SecretBox box;
    private final EntityManager em;

    @Inject
    public SubscriptionSecrets(SecretBox box, EntityManager em) {
        this.box = box;
        this.em = em;
    }

    /** Seals {@code plain} into the subscription's columns. */
    void store(PlatformSubscription s, String plain) {
        SecretBox.Sealed sealed = box.seal(plain, context(s.id));
        s.secret = sealed.ciphertext();
        s.secretKeyId = sealed.keyId();
    }

    /** The plain secret of a stored row; a row without key id is still plain (before the start-up sealing). */
    String reveal(UUID subscriptionId, String stored, String keyId) {
        return keyId == null ? stored : box.open(new SecretBox.Sealed(keyId, stored), context(subscriptionId));
    }

    void sealAtStartup(@Observes StartupEvent start) {
        int sealed = QuarkusTransaction.requiringNew().call(this::sealStale);
        if (sealed > 0) {
            LOG.infof("%s sealed %d webhook secret(s) with key %s", LogEvent.WEBHOOK_SECRETS_SEALED, sealed, box.currentKeyId());
        }
    }

    /** Seals plain values and re-seals those of earlier keys; rows another replica is sealing are skipped. */
    int sealStale() {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select id, secret, secret_key_id from platform_subscription"
                + " where secret_key_id is distinct from :current for update skip locked")
                .setParameter("current", box.currentKeyId()).getResultList();
        int count = 0;
        for (Object[] r : rows) {
            UUID id = (UUID) r[0];
            String plain;
            try {
                plain = reveal(id, (String) r[1], (String) r[2]);
            } catch (IllegalStateException unreadable) {
                // Sealed with a key this replica does not know: left as it is for one that does.
                LOG.warnf("%s webhook secret of subscription %s not re-sealed: %s", LogEvent.WEBHOOK_SECRET_NOT_RESEALED, id, unreadable.getMessage());
                continue;
            }
            count++;
            SecretBox.Sealed sealed = box.seal(plain, context(id));
            em.createNativeQuery("update platform_subscription set secret = :s, secret_key_id = :k where id = :id")
                    .setParameter("s", sealed.ciphertext()).setParameter("k", sealed.keyId()).setParameter("id", id)
                    .executeUpdate();
        }
        return count;
    }

    private static String context(UUID subscriptionId) {
        return "platform_subscription.secret:" + subscriptionId;
    }
}
