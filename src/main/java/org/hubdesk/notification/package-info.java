/**
 * Notifications: what needs someone's attention, in the app and later by mail.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Notifications")
package org.hubdesk.notification;
