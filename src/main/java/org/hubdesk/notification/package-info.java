/**
 * Notifications: what needs someone's attention, in the app (the list and the badge). A kind is
 * owned by the module that sends it ({@link org.hubdesk.notification.NotificationKind}) and worded
 * when shown, in the reader's language; each notification sent is published as
 * {@link org.hubdesk.notification.NotificationCreated}, for the channels that pass it on.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Notifications")
package org.hubdesk.notification;
