package org.hubdesk.request.internal;

import java.util.List;

import org.hubdesk.request.RequestMessage;
import org.springframework.data.jpa.repository.JpaRepository;

public interface RequestMessageRepository extends JpaRepository<RequestMessage, Long> {

	List<RequestMessage> findByRequestIdOrderByCreatedAtAsc(Long requestId);

	List<RequestMessage> findByRequestIdAndInternalFalseOrderByCreatedAtAsc(Long requestId);
}
