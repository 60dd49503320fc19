package org.egov.itpm.notification;

/** Fired inside the transaction that stored a notification; the subscription publishes it after commit. */
public record NotificationAdded(NotificationView notification) {
}
