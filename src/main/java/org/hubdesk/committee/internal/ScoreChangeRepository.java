package org.hubdesk.committee.internal;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface ScoreChangeRepository extends JpaRepository<ScoreChange, Long> {

	List<ScoreChange> findByReviewIdOrderByReplacedAtAsc(long reviewId);
}
