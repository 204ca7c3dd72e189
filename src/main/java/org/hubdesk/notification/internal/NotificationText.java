package org.hubdesk.notification.internal;

import java.util.Locale;

import org.hubdesk.notification.Notification;
import org.springframework.context.MessageSource;

/** Words a notification in a language: its kind's message with the request's reference and title. */
final class NotificationText {

	private final MessageSource messages;

	NotificationText(MessageSource messages) {
		this.messages = messages;
	}

	String of(Notification n, Locale locale) {
		String detail = n.getDetail() == null ? ""
				: messages.getMessage("request.state." + n.getDetail(), null, n.getDetail(), locale);
		return messages.getMessage(n.getKind().messageKey(), new Object[] { n.getReference(), n.getTitle(), detail },
				locale);
	}
}
