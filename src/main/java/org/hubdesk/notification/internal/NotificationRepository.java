package org.hubdesk.notification.internal;

import java.util.List;

import org.hubdesk.notification.Notification;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

public interface NotificationRepository extends JpaRepository<Notification, Long> {

	List<Notification> findByPersonIdOrderByCreatedAtDescIdDesc(Long personId, Pageable page);

	long countByPersonIdAndReadAtIsNull(Long personId);

	List<Notification> findByPersonIdAndReadAtIsNull(Long personId);
}
