package org.hubdesk.committee.internal;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface VoteRepository extends JpaRepository<Vote, Vote.Key> {

	List<Vote> findByKeyAgendaItemId(long agendaItemId);
}
