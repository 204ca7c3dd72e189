package org.hubdesk.committee.internal;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface CommentRepository extends JpaRepository<Comment, Long> {

	List<Comment> findByAgendaItemIdOrderByPostedAtAscIdAsc(long agendaItemId);
}
