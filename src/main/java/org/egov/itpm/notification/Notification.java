package org.egov.itpm.notification;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.egov.itpm.policy.reminder.ReminderKind;

/** One message to one person in the service; read once {@code readAt} is set. */
@Entity
public class Notification extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(nullable = false)
    public String recipient;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public ReminderKind kind;

    @Column(nullable = false)
    public boolean mandatory;

    @Column(name = "project_id")
    public UUID projectId;

    @Column(name = "reminder_key")
    public String reminderKey;

    @Column(name = "title_zh", nullable = false)
    public String titleZh;

    @Column(name = "title_en", nullable = false)
    public String titleEn;

    @Column(name = "body_zh", nullable = false)
    public String bodyZh;

    @Column(name = "body_en", nullable = false)
    public String bodyEn;

    public String citation;

    public LocalDate due;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "read_at")
    public Instant readAt;
}
