package org.hubdesk.notification;

import java.time.Clock;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.hubdesk.notification.Notification.Kind;
import org.hubdesk.notification.internal.NotificationRepository;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** A person's notifications: the list, the unread count of the badge, marking read. */
@Service
@Transactional(readOnly = true)
public class Notifications {

	private final NotificationRepository notifications;
	private final Clock clock;

	Notifications(NotificationRepository notifications, Clock clock) {
		this.notifications = notifications;
		this.clock = clock;
	}

	/** The person's latest notifications, newest first. */
	public List<Notification> latest(long personId, int limit) {
		return notifications.findByPersonIdOrderByCreatedAtDescIdDesc(personId, PageRequest.of(0, limit));
	}

	public long unread(long personId) {
		return notifications.countByPersonIdAndReadAtIsNull(personId);
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

	/** Notifies each of the people, once. */
	@Transactional
	public void notify(Collection<Long> personIds, long hubId, Long requestId, Kind kind, String reference,
			String title, String detail, String link) {
		personIds.stream().distinct().forEach(id -> notifications
			.save(new Notification(id, hubId, requestId, kind, reference, title, detail, link, clock.instant())));
	}
}
