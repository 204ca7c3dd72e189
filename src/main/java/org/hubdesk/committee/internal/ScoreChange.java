package org.hubdesk.committee.internal;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A score a member replaced when revising their review, as it was, and when it was replaced. */
@Entity
@Table(name = "committee_score_history")
public class ScoreChange {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "review_id", nullable = false)
	private Long reviewId;

	@Column(name = "criterion_id", nullable = false)
	private Long criterionId;

	@Column(nullable = false)
	private int score;

	@Column(length = Review.COMMENT_MAX)
	private String comment;

	@Column(name = "replaced_at", nullable = false)
	private Instant replacedAt;

	protected ScoreChange() {
	}

	ScoreChange(long reviewId, long criterionId, Review.Score was, Instant replacedAt) {
		this.reviewId = reviewId;
		this.criterionId = criterionId;
		this.score = was.value();
		this.comment = was.comment();
		this.replacedAt = replacedAt;
	}

	public Long getCriterionId() {
		return criterionId;
	}

	public int getScore() {
		return score;
	}

	public String getComment() {
		return comment;
	}

	public Instant getReplacedAt() {
		return replacedAt;
	}
}
