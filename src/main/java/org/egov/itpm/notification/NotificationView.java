package org.egov.itpm.notification;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.egov.itpm.policy.reminder.ReminderKind;

/** A notification as the API shows it. */
@Name("Notification")
@Description("A reminder or digest addressed to the signed-in user: title and text in Chinese and English, the"
        + " project, the due date and the article it rests on (e.g. qufu-2024 art.28). mandatory ones (missed"
        + " deadlines) cannot be switched off.")
public record NotificationView(@NonNull @Id UUID id, @NonNull ReminderKind kind, boolean mandatory, @Id UUID projectId,
                               @NonNull String titleZh, @NonNull String titleEn, @NonNull String bodyZh,
                               @NonNull String bodyEn, String citation, LocalDate due, @NonNull Instant createdAt,
                               Instant readAt, @Ignore String recipient) {

    static NotificationView of(Notification n) {
        return new NotificationView(n.id, n.kind, n.mandatory, n.projectId, n.titleZh, n.titleEn, n.bodyZh, n.bodyEn,
                n.citation, n.due, n.createdAt, n.readAt, n.recipient);
    }
}
