package org.hubdesk.request.internal;

import org.hubdesk.notification.NotificationKind;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Contributes the request module's kinds of notification, so notifications of them can be sent and worded. */
@Configuration(proxyBeanMethods = false)
class RequestNotificationKinds {

	@Bean
	NotificationKind requestNewRequestNotification() {
		return RequestNotificationKind.NEW_REQUEST;
	}

	@Bean
	NotificationKind requestReplyNotification() {
		return RequestNotificationKind.REPLY;
	}

	@Bean
	NotificationKind requestRequesterReplyNotification() {
		return RequestNotificationKind.REQUESTER_REPLY;
	}

	@Bean
	NotificationKind requestStatusChangedNotification() {
		return RequestNotificationKind.STATUS_CHANGED;
	}

	@Bean
	NotificationKind requestAssignedNotification() {
		return RequestNotificationKind.ASSIGNED;
	}

	@Bean
	NotificationKind requestInternalNoteNotification() {
		return RequestNotificationKind.INTERNAL_NOTE;
	}

	@Bean
	NotificationKind requestReminderNotification() {
		return RequestNotificationKind.REMINDER;
	}
}
