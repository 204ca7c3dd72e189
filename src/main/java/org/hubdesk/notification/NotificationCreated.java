package org.hubdesk.notification;

/**
 * A notification was created for a person, published once for each recipient, for those who pass
 * it on (mail).
 */
public record NotificationCreated(long notificationId, long personId, String kind, long hubId, String link) {
}
