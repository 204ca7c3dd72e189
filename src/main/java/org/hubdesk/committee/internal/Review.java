package org.hubdesk.committee.internal;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * A member's review of a request on an agenda: a score for every criterion of the rubric version
 * it was made under, each with an optional comment. It can be revised until the decision; each
 * replaced score is kept ({@link ScoreChange}).
 */
@Entity
@Table(name = "committee_review")
public class Review {

	public static final int COMMENT_MAX = 2000;

	/** A score and its comment. */
	@Embeddable
	public record Score(@Column(name = "score", nullable = false) int value,
			@Column(name = "comment", length = COMMENT_MAX) String comment) {
	}

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "agenda_item_id", nullable = false)
	private Long agendaItemId;

	@Column(name = "member_id", nullable = false)
	private Long memberId;

	@Column(name = "rubric_id", nullable = false)
	private Long rubricId;

	@Column(name = "submitted_at", nullable = false)
	private Instant submittedAt;

	@Column(name = "updated_at", nullable = false)
	private Instant updatedAt;

	@ElementCollection(fetch = FetchType.EAGER)
	@CollectionTable(name = "committee_score", joinColumns = @JoinColumn(name = "review_id"))
	@MapKeyColumn(name = "criterion_id")
	private Map<Long, Score> scores = new HashMap<>();

	@Version
	private long version;

	protected Review() {
	}

	Review(long agendaItemId, long memberId, long rubricId, Instant at) {
		this.agendaItemId = agendaItemId;
		this.memberId = memberId;
		this.rubricId = rubricId;
		this.submittedAt = at;
		this.updatedAt = at;
	}

	/** Sets the scores; returns the ones it replaced (criterion → the earlier score). */
	Map<Long, Score> score(Map<Long, Score> given, Instant at) {
		Map<Long, Score> replaced = new HashMap<>();
		given.forEach((criterion, score) -> {
			Score before = scores.put(criterion, score);
			if (before != null && !before.equals(score)) {
				replaced.put(criterion, before);
			}
		});
		this.updatedAt = at;
		return replaced;
	}

	public Long getId() {
		return id;
	}

	public Long getAgendaItemId() {
		return agendaItemId;
	}

	public Long getMemberId() {
		return memberId;
	}

	public Long getRubricId() {
		return rubricId;
	}

	public Instant getSubmittedAt() {
		return submittedAt;
	}

	public Instant getUpdatedAt() {
		return updatedAt;
	}

	public Map<Long, Score> getScores() {
		return Map.copyOf(scores);
	}

	public long getVersion() {
		return version;
	}
}
