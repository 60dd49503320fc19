package org.egov.itpm.notification;

import jakarta.validation.constraints.Size;
import org.egov.itpm.common.TextLimits;
import io.smallrye.graphql.api.Subscription;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import io.smallrye.mutiny.operators.multi.processors.BroadcastProcessor;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;
import org.egov.itpm.common.Ids;
import org.egov.itpm.policy.reminder.ReminderKind;
import org.egov.itpm.security.CurrentUser;
import org.egov.itpm.security.Roles;

/** The signed-in user's own notifications and channel choices; nobody reads another person's. */
@GraphQLApi
@ApplicationScoped
public class NotificationGraphQLApi {

    private final BroadcastProcessor<NotificationView> events = BroadcastProcessor.create();

    @Inject
    NotificationService notifications;
    @Inject
    CurrentUser user;

    void publish(@Observes(during = TransactionPhase.AFTER_SUCCESS) NotificationAdded added) {
        events.onNext(added.notification());
    }

    @Query("notifications")
    @Description("The signed-in user's notifications (reminders of deadlines, escalation digests), newest first.")
    @RolesAllowed({Roles.UNIT_STAFF, Roles.UNIT_LEAD, Roles.AUTHORITY_REVIEWER, Roles.AUTHORITY_APPROVER,
            Roles.NDRC_APPROVER, Roles.FINANCE_OFFICER, Roles.AUDITOR, Roles.SECURITY_OFFICER, Roles.EXPERT,
            Roles.SUPERVISOR, Roles.EVALUATOR, Roles.ADMIN})
    public @NonNull NotificationConnection notifications(Integer first, @Size(max = TextLimits.CURSOR) String after, Boolean unreadOnly) {
        return notifications.page(user.username(), first, after, Boolean.TRUE.equals(unreadOnly));
    }

    @Query("unreadNotificationCount")
    @Description("How many of the signed-in user's notifications are unread.")
    @RolesAllowed({Roles.UNIT_STAFF, Roles.UNIT_LEAD, Roles.AUTHORITY_REVIEWER, Roles.AUTHORITY_APPROVER,
            Roles.NDRC_APPROVER, Roles.FINANCE_OFFICER, Roles.AUDITOR, Roles.SECURITY_OFFICER, Roles.EXPERT,
            Roles.SUPERVISOR, Roles.EVALUATOR, Roles.ADMIN})
    public int unreadNotificationCount() {
        return (int) notifications.unreadCount(user.username());
    }

    @Mutation("markNotificationsRead")
    @Description("Marks the signed-in user's notifications with these ids read; returns how many changed."
            + " Ids of other people's notifications change nothing.")
    @RolesAllowed({Roles.UNIT_STAFF, Roles.UNIT_LEAD, Roles.AUTHORITY_REVIEWER, Roles.AUTHORITY_APPROVER,
            Roles.NDRC_APPROVER, Roles.FINANCE_OFFICER, Roles.AUDITOR, Roles.SECURITY_OFFICER, Roles.EXPERT,
            Roles.SUPERVISOR, Roles.EVALUATOR, Roles.ADMIN})
    public int markNotificationsRead(@NonNull @Size(max = TextLimits.ITEMS) List<@NonNull String> ids) {
        List<UUID> parsed = ids.stream().map(id -> Ids.parse("ids", id)).toList();
        return notifications.markRead(user.username(), parsed);
    }

    @Mutation("markAllNotificationsRead")
    @Description("Marks every notification of the signed-in user read; returns how many changed.")
    @RolesAllowed({Roles.UNIT_STAFF, Roles.UNIT_LEAD, Roles.AUTHORITY_REVIEWER, Roles.AUTHORITY_APPROVER,
            Roles.NDRC_APPROVER, Roles.FINANCE_OFFICER, Roles.AUDITOR, Roles.SECURITY_OFFICER, Roles.EXPERT,
            Roles.SUPERVISOR, Roles.EVALUATOR, Roles.ADMIN})
    public int markAllNotificationsRead() {
        return notifications.markAllRead(user.username());
    }

    @Query("notificationPreferences")
    @Description("The channels the signed-in user receives each kind of notification on.")
    @RolesAllowed({Roles.UNIT_STAFF, Roles.UNIT_LEAD, Roles.AUTHORITY_REVIEWER, Roles.AUTHORITY_APPROVER,
            Roles.NDRC_APPROVER, Roles.FINANCE_OFFICER, Roles.AUDITOR, Roles.SECURITY_OFFICER, Roles.EXPERT,
            Roles.SUPERVISOR, Roles.EVALUATOR, Roles.ADMIN})
    public @NonNull List<@NonNull PreferenceView> notificationPreferences() {
        return notifications.preferences(user.username());
    }

    @Mutation("setNotificationPreference")
    @Description("Chooses the channels of one non-mandatory kind (an empty list turns it off). Mandatory kinds"
            + " (DEADLINE_MISSED, ESCALATION_DIGEST) always use every channel: anything less is NOTIFICATION_MANDATORY.")
    @RolesAllowed({Roles.UNIT_STAFF, Roles.UNIT_LEAD, Roles.AUTHORITY_REVIEWER, Roles.AUTHORITY_APPROVER,
            Roles.NDRC_APPROVER, Roles.FINANCE_OFFICER, Roles.AUDITOR, Roles.SECURITY_OFFICER, Roles.EXPERT,
            Roles.SUPERVISOR, Roles.EVALUATOR, Roles.ADMIN})
    public @NonNull PreferenceView setNotificationPreference(@NonNull ReminderKind kind,
                                                             @NonNull @Size(max = TextLimits.ITEMS) List<@NonNull Channel> channels) {
        Set<Channel> set = channels.isEmpty() ? EnumSet.noneOf(Channel.class) : EnumSet.copyOf(channels);
        return notifications.setPreference(user.username(), kind, set);
    }

    @Subscription("notificationAdded")
    @Description("The signed-in user's new notifications as they are stored. Authenticate with the connection_init"
            + " payload {\"Authorization\": \"Bearer <token>\"}.")
    @RolesAllowed({Roles.UNIT_STAFF, Roles.UNIT_LEAD, Roles.AUTHORITY_REVIEWER, Roles.AUTHORITY_APPROVER,
            Roles.NDRC_APPROVER, Roles.FINANCE_OFFICER, Roles.AUDITOR, Roles.SECURITY_OFFICER, Roles.EXPERT,
            Roles.SUPERVISOR, Roles.EVALUATOR, Roles.ADMIN})
    public Multi<NotificationView> notificationAdded() {
        return Multi.createFrom().<NotificationView>deferred(() -> {
            String me = user.username();
            return events.filter(n -> n.recipient().equals(me));
        }).runSubscriptionOn(Infrastructure.getDefaultWorkerPool());
    }
}
