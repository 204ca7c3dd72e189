package org.hubdesk.request.internal;

import java.util.List;

import org.hubdesk.request.CannedReply;
import org.springframework.data.jpa.repository.JpaRepository;

public interface CannedReplyRepository extends JpaRepository<CannedReply, Long> {

	List<CannedReply> findByHubIdOrderByLanguageAscTitleAsc(Long hubId);
}
