package org.hubdesk.notification.internal;

import java.util.List;

import org.hubdesk.notification.Notification;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.jpa.repository.JpaRepository;

public interface NotificationRepository extends JpaRepository<Notification, Long> {

	List<Notification> findByPersonIdOrderByCreatedAtDescIdDesc(Long personId, Pageable page);

	long countByPersonIdAndReadAtIsNull(Long personId);

	/** The ids of a person's unread notifications, as many as the page asks for. */
	@Query("select n.id from Notification n where n.personId = ?1 and n.readAt is null")
	List<Long> findIdsByPersonIdAndReadAtIsNull(Long personId, Pageable page);

	List<Notification> findByPersonIdAndReadAtIsNull(Long personId);
}
