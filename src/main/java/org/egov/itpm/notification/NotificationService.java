package org.egov.itpm.notification;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.egov.itpm.common.BusinessClock;
import org.egov.itpm.common.ForbiddenActionException;
import org.egov.itpm.common.InvalidInputException;
import org.egov.itpm.common.Text;
import org.egov.itpm.policy.reminder.ReminderKind;

/** A person's notifications and channel choices; every read and write is limited to the given username. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class NotificationService {

    static final int MAX_PAGE = 100;

    private final BusinessClock clock;
    private final Event<NotificationAdded> added;

    @Inject
    public NotificationService(BusinessClock clock, Event<NotificationAdded> added) {
        this.clock = clock;
        this.added = added;
    }

    /** Newest first; {@code after} is a cursor from an earlier page. */
    public NotificationConnection page(String username, Integer first, String after, boolean unreadOnly) {
        int n = first == null ? 20 : first;
        if (n < 1 || n > MAX_PAGE) {
            throw InvalidInputException.of("first", "INVALID_PAGE_SIZE", "must be between 1 and " + MAX_PAGE,
                    "必须在 1 到 " + MAX_PAGE + " 之间");
        }
        StringBuilder q = new StringBuilder("recipient = :u");
        Map<String, Object> params = new HashMap<>();
        params.put("u", username);
        if (unreadOnly) {
            q.append(" and readAt is null");
        }
        if (after != null) {
            Cursor c = Cursor.decode(after);
            q.append(" and (createdAt < :at or (createdAt = :at and id < :id))");
            params.put("at", c.at());
            params.put("id", c.id());
        }
        List<Notification> rows = Notification.<Notification>find(q + " order by createdAt desc, id desc", params)
                .page(0, n + 1).list();
        List<NotificationConnection.NotificationEdge> edges = new ArrayList<>();
        rows.stream().limit(n).forEach(r -> edges.add(new NotificationConnection.NotificationEdge(
                new Cursor(r.createdAt, r.id).encode(), NotificationView.of(r))));
        String end = edges.isEmpty() ? null : edges.get(edges.size() - 1).cursor();
        return new NotificationConnection(edges, new NotificationConnection.PageInfo(rows.size() > n, end));
    }

    public long unreadCount(String username) {
        return Notification.count("recipient = ?1 and readAt is null", username);
    }

    /** Marks the caller's own notifications among {@code ids} read; others' ids change nothing. */
    @Transactional
    public int markRead(String username, Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return 0;
        }
        return Notification.update("readAt = ?1 where recipient = ?2 and readAt is null and id in ?3", clock.now(),
                username, List.copyOf(ids));
    }

    @Transactional
    public int markAllRead(String username) {
        return Notification.update("readAt = ?1 where recipient = ?2 and readAt is null", clock.now(), username);
    }

    /** Every kind with the caller's channels. */
    public List<PreferenceView> preferences(String username) {
        Map<ReminderKind, NotificationPreference> stored = new HashMap<>();
        NotificationPreference.<NotificationPreference>list("username", username).forEach(p -> stored.put(p.kind, p));
        List<PreferenceView> views = new ArrayList<>();
        for (ReminderKind kind : ReminderKind.values()) {
            views.add(new PreferenceView(kind, kind.mandatory(), List.copyOf(channels(kind, stored.get(kind)))));
        }
        return views;
    }

    /** Sets the channels of a non-mandatory kind; a mandatory kind refuses anything but every channel. */
    @Transactional
    public PreferenceView setPreference(String username, ReminderKind kind, Set<Channel> channels) {
        if (kind.mandatory() && !channels.containsAll(EnumSet.allOf(Channel.class))) {
            throw new ForbiddenActionException("NOTIFICATION_MANDATORY", new Text(kind + " notifications are mandatory"
                    + " and always use every channel; they cannot be turned off",
                    "逾期等强制提醒（" + kind + "）始终通过全部渠道发送，不能关闭"));
        }
        NotificationPreference p = NotificationPreference.find("username = ?1 and kind = ?2", username, kind)
                .firstResult();
        if (p == null) {
            p = new NotificationPreference();
            p.username = username;
            p.kind = kind;
        }
        p.inApp = channels.contains(Channel.IN_APP);
        p.email = channels.contains(Channel.EMAIL);
        p.updatedAt = clock.now();
        p.persist();
        return new PreferenceView(kind, kind.mandatory(), List.copyOf(channels(kind, p)));
    }

    /** Every stored choice, for a run that addresses many people at once: username → kind → channels. */
    Map<String, Map<ReminderKind, Set<Channel>>> allChoices() {
        Map<String, Map<ReminderKind, Set<Channel>>> result = new HashMap<>();
        NotificationPreference.<NotificationPreference>listAll().forEach(p ->
                result.computeIfAbsent(p.username, u -> new HashMap<>()).put(p.kind, channels(p.kind, p)));
        return result;
    }

    static Set<Channel> channels(ReminderKind kind, NotificationPreference p) {
        if (kind.mandatory() || p == null) {
            return EnumSet.allOf(Channel.class);
        }
        Set<Channel> set = EnumSet.noneOf(Channel.class);
        if (p.inApp) {
            set.add(Channel.IN_APP);
        }
        if (p.email) {
            set.add(Channel.EMAIL);
        }
        return set;
    }

    /** Stores a notification in the caller's transaction and announces it to subscribers after commit. */
    @Transactional(Transactional.TxType.MANDATORY)
    Notification add(Notification n) {
        n.id = UUID.randomUUID();
        n.createdAt = clock.now();
        n.persist();
        added.fire(new NotificationAdded(NotificationView.of(n)));
        return n;
    }

    /** Page cursor: creation instant and id. */
    record Cursor(Instant at, UUID id) {
        String encode() {
            return Base64.getUrlEncoder().withoutPadding().encodeToString((at + "|" + id)
                    .getBytes(StandardCharsets.UTF_8));
        }

        static Cursor decode(String cursor) {
            try {
                String[] parts = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8).split("\\|");
                return new Cursor(Instant.parse(parts[0]), UUID.fromString(parts[1]));
            } catch (RuntimeException e) {
                throw InvalidInputException.of("after", "INVALID_CURSOR", "not a cursor of this list",
                        "不是本列表的游标");
            }
        }
    }
}
