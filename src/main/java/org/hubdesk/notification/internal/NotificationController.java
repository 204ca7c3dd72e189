package org.hubdesk.notification.internal;

import java.time.Instant;
import java.util.Locale;

import org.hubdesk.identity.PersonPrincipal;
import org.hubdesk.notification.Notification;
import org.hubdesk.notification.Notifications;
import org.hubdesk.shared.Refusal;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;

/** The signed-in person's notifications: the list, opening one (which marks it read), all read. */
@Controller
@RequestMapping("/notifications")
class NotificationController {

	static final int SHOWN = 100;

	private final Notifications notifications;

	NotificationController(Notifications notifications) {
		this.notifications = notifications;
	}

	/** A notification as the list shows it, worded in the reader's language. */
	record Shown(long id, String text, Instant createdAt, boolean unread) {
	}

	@GetMapping
	String list(@AuthenticationPrincipal PersonPrincipal me, Locale locale, Model model) {
		model.addAttribute("notifications", notifications.latest(me.personId(), SHOWN).stream()
			.map(n -> new Shown(n.getId(), notifications.word(n, locale), n.getCreatedAt(), n.isUnread()))
			.toList());
		return "notification/notifications";
	}

	@PostMapping("/{id}/read")
	String open(@AuthenticationPrincipal PersonPrincipal me, @PathVariable long id) {
		Notification notification = notifications.markRead(me.personId(), id)
			.orElseThrow(() -> Refusal.notFound());
		return "redirect:" + notification.getLink();
	}

	@PostMapping("/read-all")
	String readAll(@AuthenticationPrincipal PersonPrincipal me) {
		notifications.markAllRead(me.personId());
		return "redirect:/notifications";
	}
}
