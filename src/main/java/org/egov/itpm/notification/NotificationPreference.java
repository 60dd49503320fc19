package org.egov.itpm.notification;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;
import org.egov.itpm.policy.reminder.ReminderKind;

/** The channels one person chose for one non-mandatory kind; without a row every channel is on. */
@Entity
@jakarta.persistence.Table(name = "notification_preference")
@IdClass(NotificationPreference.Key.class)
public class NotificationPreference extends PanacheEntityBase {

    @Id
    public String username;

    @Id
    @Enumerated(EnumType.STRING)
    public ReminderKind kind;

    @Column(name = "in_app", nullable = false)
    public boolean inApp;

    @Column(nullable = false)
    public boolean email;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    /** Composite key. */
    public static class Key implements Serializable {
        public String username;
        public ReminderKind kind;

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && Objects.equals(username, k.username) && kind == k.kind;
        }

        @Override
        public int hashCode() {
            return Objects.hash(username, kind);
        }
    }
}
