package org.hubdesk.request.canned;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

public interface CannedReplyRepository extends JpaRepository<CannedReply, Long> {

	List<CannedReply> findByHubIdOrderByLanguageAscTitleAsc(Long hubId);
}
