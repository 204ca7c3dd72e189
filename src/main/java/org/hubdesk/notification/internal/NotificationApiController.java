package org.hubdesk.notification.internal;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.hubdesk.identity.PersonPrincipal;
import org.hubdesk.notification.Notification;
import org.hubdesk.notification.Notifications;
import org.hubdesk.shared.Refusal;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The signed-in person's notifications in the REST API: each with its kind's key, its facts and its
 * text worded in the caller's language.
 */
@RestController
@RequestMapping("/api/v1/me/notifications")
class NotificationApiController {

	private final Notifications notifications;

	NotificationApiController(Notifications notifications) {
		this.notifications = notifications;
	}

	/** A notification: its kind's key, its text, the reference of what it is about (when it has one), its facts. */
	record NotificationJson(long id, String kind, String text, String reference, Map<String, String> facts,
			String link, Instant createdAt, boolean unread) {
	}

	record NotificationList(long unread, List<NotificationJson> items) {
	}

	@GetMapping
	NotificationList list(@AuthenticationPrincipal PersonPrincipal me, Locale locale) {
		List<NotificationJson> items = notifications.latest(me.personId(), NotificationController.SHOWN).stream()
			.map(n -> json(n, locale))
			.toList();
		return new NotificationList(notifications.unread(me.personId()), items);
	}

	@PostMapping("/{id}/read")
	NotificationJson read(@AuthenticationPrincipal PersonPrincipal me, @PathVariable long id, Locale locale) {
		return notifications.markRead(me.personId(), id)
			.map(n -> json(n, locale))
			.orElseThrow(() -> Refusal.notFound());
	}

	private NotificationJson json(Notification n, Locale locale) {
		return new NotificationJson(n.getId(), n.getKind(), notifications.word(n, locale),
				n.getFacts().get("reference"), n.getFacts(), n.getLink(), n.getCreatedAt(), n.isUnread());
	}
}
