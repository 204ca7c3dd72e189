package org.hubdesk.request.files;

import java.util.List;

import org.hubdesk.request.Attachment;
import org.springframework.data.jpa.repository.JpaRepository;

public interface AttachmentRepository extends JpaRepository<Attachment, Long> {

	List<Attachment> findByRequestIdOrderByCreatedAtAsc(Long requestId);
}
