package org.hubdesk.committee.internal;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface ReviewRepository extends JpaRepository<Review, Long> {

	List<Review> findByAgendaItemId(long agendaItemId);

	Optional<Review> findByAgendaItemIdAndMemberId(long agendaItemId, long memberId);

	List<Review> findByMemberId(long memberId);

	/** Per review of the items: its item, member, rubric and how many criteria it scores. */
	@Query(nativeQuery = true, value = "select r.agenda_item_id, r.member_id, r.rubric_id, count(s.criterion_id)"
			+ " from committee_review r left join committee_score s on s.review_id = r.id"
			+ " where r.agenda_item_id in (:items) group by r.id, r.agenda_item_id, r.member_id, r.rubric_id")
	List<Object[]> countScores(Collection<Long> items);

	/** Every score given on the items: item, member, rubric, criterion, score. */
	@Query(nativeQuery = true, value = "select r.agenda_item_id, r.member_id, r.rubric_id, s.criterion_id, s.score"
			+ " from committee_review r join committee_score s on s.review_id = r.id where r.agenda_item_id in (:items)")
	List<Object[]> scoresOf(Collection<Long> items);
}
