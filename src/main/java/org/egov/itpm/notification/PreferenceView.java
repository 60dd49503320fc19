package org.egov.itpm.notification;

import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.egov.itpm.policy.reminder.ReminderKind;

/** The channels of one kind for the signed-in user. */
@Name("NotificationPreference")
@Description("The channels the signed-in user receives one kind of notification on; mandatory kinds always use all.")
public record PreferenceView(@NonNull ReminderKind kind, boolean mandatory, @NonNull List<@NonNull Channel> channels) {
}
