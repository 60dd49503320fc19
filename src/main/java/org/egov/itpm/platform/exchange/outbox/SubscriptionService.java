package org.egov.itpm.platform.exchange.outbox;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.egov.itpm.audit.AuditService;
import org.egov.itpm.common.ConflictException;
import org.egov.itpm.common.FieldError;
import org.egov.itpm.common.InvalidInputException;
import org.egov.itpm.common.NotFoundException;
import org.egov.itpm.common.Text;
import org.egov.itpm.organisation.OrganisationService;
import org.egov.itpm.security.CurrentUser;

/** Administration of webhook subscriptions and of parked deliveries. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class SubscriptionService {

    private final EntityManager em;
    private final OrganisationService organisations;
    private final AuditService audit;
    private final CurrentUser user;
    private final Clock clock;
    private final SubscriptionSecrets secrets;

    @Inject
    public SubscriptionService(EntityManager em, OrganisationService organisations, AuditService audit,
                               CurrentUser user, Clock clock, SubscriptionSecrets secrets) {
        this.secrets = secrets;
        this.em = em;
        this.organisations = organisations;
        this.audit = audit;
        this.user = user;
        this.clock = clock;
    }

    @Transactional
    public SubscriptionView create(SubscriptionInput in) {
        List<FieldError> errors = new ArrayList<>();
        if (in == null) {
            throw InvalidInputException.of("body", "REQUIRED", "a JSON body is required", "须提供JSON请求体");
        }
        if (in.regionCode() == null || !in.regionCode().matches("\\d{2}0000")) {
            errors.add(err("regionCode", "INVALID_REGION_CODE", "must be a province code xx0000", "须为省级行政区划代码 xx0000"));
        } else if (!organisations.regionKnown(in.regionCode())) {
            errors.add(err("regionCode", "UNKNOWN_REGION", "region " + in.regionCode() + " is not known",
                    "行政区划 " + in.regionCode() + " 不存在"));
        }
        if (!validUrl(in.url())) {
            errors.add(err("url", "INVALID_URL", "must be an absolute http or https URL", "须为完整的 http 或 https 地址"));
        }
        if (in.secret() == null || in.secret().length() < 16 || in.secret().length() > 256) {
            errors.add(err("secret", "INVALID_SECRET", "must be 16 to 256 characters", "须为16至256个字符"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        PlatformSubscription s = new PlatformSubscription();
        s.id = UUID.randomUUID();
        s.regionCode = in.regionCode();
        s.url = in.url().trim();
        secrets.store(s, in.secret());
        s.active = true;
        s.createdBy = user.username();
        s.createdAt = clock.instant();
        em.persist(s);
        audit.recordGlobal("PlatformSubscription", s.id.toString(), "CREATE", user.username(),
                Map.of("regionCode", s.regionCode, "url", s.url));
        return SubscriptionView.of(s);
    }

    public List<SubscriptionView> list() {
        return em.createQuery("select s from PlatformSubscription s order by s.createdAt, s.id", PlatformSubscription.class)
                .getResultList().stream().map(SubscriptionView::of).toList();
    }

    /** Deactivates: no new deliveries, pending ones wait (history and foreign keys are kept). */
    @Transactional
    public void deactivate(UUID id) {
        PlatformSubscription s = em.find(PlatformSubscription.class, id);
        if (s == null) {
            throw new NotFoundException("subscription", id);
        }
        s.active = false;
        audit.recordGlobal("PlatformSubscription", id.toString(), "DEACTIVATE", user.username(), Map.of());
    }

    public List<DeliveryView> deliveries(String status, int limit) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                select d.id, d.event_id, d.subscription_id, d.project_id, d.seq, e.type, d.status, d.attempts,
                       d.next_attempt_at, d.last_error, d.created_at, d.delivered_at
                from outbox_delivery d join outbox_event e on e.id = d.event_id
                where d.status = :status order by d.created_at, d.seq, d.id limit :n""")
                .setParameter("status", status).setParameter("n", limit).getResultList();
        return rows.stream().map(r -> new DeliveryView((UUID) r[0], (UUID) r[1], (UUID) r[2], (UUID) r[3],
                ((Number) r[4]).longValue(), (String) r[5], (String) r[6], ((Number) r[7]).intValue(), instant(r[8]),
                (String) r[9], instant(r[10]), instant(r[11]))).toList();
    }

    /** A PARKED delivery becomes PENDING again with a fresh attempt budget, due now. */
    @Transactional
    public void redrive(UUID id) {
        List<?> found = em.createNativeQuery("select status from outbox_delivery where id = :id for update")
                .setParameter("id", id).getResultList();
        if (found.isEmpty()) {
            throw new NotFoundException("delivery", id);
        }
        if (!"PARKED".equals(found.get(0))) {
            throw new ConflictException("DELIVERY_NOT_PARKED", new Text("delivery " + id + " is " + found.get(0)
                    + ", only PARKED deliveries can be re-driven", "投递 " + id + " 状态为 " + found.get(0) + "，仅可重投已搁置的投递"));
        }
        em.createNativeQuery("update outbox_delivery set status = 'PENDING', attempts = 0, next_attempt_at = :now"
                + " where id = :id").setParameter("now", clock.instant()).setParameter("id", id).executeUpdate();
        audit.recordGlobal("OutboxDelivery", id.toString(), "REDRIVE", user.username(), Map.of());
    }

    private static Instant instant(Object o) {
        if (o == null) {
            return null;
        }
        if (o instanceof Instant i) {
            return i;
        }
        if (o instanceof java.sql.Timestamp t) {
            return t.toInstant();
        }
        if (o instanceof java.time.OffsetDateTime odt) {
            return odt.toInstant();
        }
        return Instant.parse(o.toString());
    }

    private static boolean validUrl(String url) {
        try {
            URI u = URI.create(url.trim());
            return u.isAbsolute() && ("http".equals(u.getScheme()) || "https".equals(u.getScheme())) && u.getHost() != null
                    && url.length() <= 2000;
        } catch (RuntimeException e) {
            return false;
        }
    }

    private static FieldError err(String field, String code, String en, String zh) {
        return new FieldError(field, code, new Text(en, zh));
    }
}
