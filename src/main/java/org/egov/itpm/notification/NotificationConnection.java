package org.egov.itpm.notification;

import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

/** A Relay connection over the signed-in user's notifications, newest first. */
@Description("A page of the signed-in user's notifications, newest first (Relay connection).")
public record NotificationConnection(@NonNull List<@NonNull NotificationEdge> edges, @NonNull PageInfo pageInfo) {

    /** One notification with its cursor. */
    @Description("One notification with its cursor.")
    public record NotificationEdge(@NonNull String cursor, @NonNull NotificationView node) {
    }

    /** Relay page info. */
    @org.eclipse.microprofile.graphql.Name("NotificationPageInfo")
    @Description("Whether more notifications follow, and the cursor to ask for them.")
    public record PageInfo(boolean hasNextPage, String endCursor) {
    }
}
