package org.hubdesk.notification;

import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.hubdesk.hub.Hub;
import org.hubdesk.notification.internal.NotificationKinds;
import org.hubdesk.notification.internal.NotificationRepository;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A person's notifications: sending them, the list, the unread count of the badge, marking read,
 * and their wording in a language.
 */
@Service
@Transactional(readOnly = true)
public class Notifications {

	private final NotificationRepository notifications;
	private final NotificationKinds kinds;
	private final ApplicationEventPublisher events;
	private final Clock clock;

	Notifications(NotificationRepository notifications, NotificationKinds kinds, ApplicationEventPublisher events,
			Clock clock) {
		this.notifications = notifications;
		this.kinds = kinds;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * Notifies each of the recipients once, and publishes {@link NotificationCreated} for each
	 * notification. Whoever caused it is left out by the caller.
	 * @param kind one of the contributed kinds (a bean)
	 * @param hub the hub it happened in
	 * @param facts what the kind needs to word it, by name
	 * @param link where opening it leads, a path in the application
	 * @param recipients the people to notify
	 * @return the notifications created
	 */
	@Transactional
	public List<Notification> send(NotificationKind kind, Hub hub, Map<String, String> facts, String link,
			Collection<Long> recipients) {
		String key = kinds.keyOf(kind);
		Instant now = clock.instant();
		return recipients.stream().distinct().map(personId -> {
			Notification notification = notifications
				.save(new Notification(personId, hub.getId(), key, facts, link, now));
			events.publishEvent(new NotificationCreated(notification.getId(), personId, key, hub.getId(), link));
			return notification;
		}).toList();
	}

	/** The person's latest notifications, newest first. */
	public List<Notification> latest(long personId, int limit) {
		return notifications.findByPersonIdOrderByCreatedAtDescIdDesc(personId, PageRequest.of(0, limit));
	}

	public long unread(long personId) {
		return notifications.countByPersonIdAndReadAtIsNull(personId);
	}

	/**
	 * The person's unread notifications counted up to {@code limit}; {@code limit + 1} means more.
	 * Every page's badge shows it, and past a hundred nobody reads the exact number.
	 */
	public int unreadUpTo(long personId, int limit) {
		return notifications.findIdsByPersonIdAndReadAtIsNull(personId, PageRequest.of(0, limit + 1)).size();
	}

	/** The notification's text in the language, worded by its kind. */
	public String word(Notification notification, Locale locale) {
		return kinds.word(notification, locale);
	}

	/** Marks one of the person's notifications read; another person's is not theirs to mark. */
	@Transactional
	public Optional<Notification> markRead(long personId, long notificationId) {
		return notifications.findById(notificationId)
			.filter(n -> n.getPersonId().equals(personId))
			.map(n -> {
				n.read(clock.instant());
				return n;
			});
	}

	@Transactional
	public void markAllRead(long personId) {
		notifications.findByPersonIdAndReadAtIsNull(personId).forEach(n -> n.read(clock.instant()));
	}
}
