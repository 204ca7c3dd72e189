package org.hubdesk.committee.internal;

import java.io.Serializable;
import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

/** A member's vote on a request on the agenda, with a reason; a later vote replaces it. */
@Entity
@Table(name = "committee_vote")
public class Vote {

	public static final int REASON_MAX = 2000;

	/** The item and the member. */
	@Embeddable
	public record Key(@Column(name = "agenda_item_id") Long agendaItemId, @Column(name = "member_id") Long memberId)
			implements Serializable {
	}

	@EmbeddedId
	private Key key;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 12)
	private Outcome choice;

	@Column(nullable = false, length = REASON_MAX)
	private String reason;

	@Column(name = "voted_at", nullable = false)
	private Instant votedAt;

	protected Vote() {
	}

	Vote(long agendaItemId, long memberId, Outcome choice, String reason, Instant at) {
		this.key = new Key(agendaItemId, memberId);
		this.choice = choice;
		this.reason = reason;
		this.votedAt = at;
	}

	void change(Outcome newChoice, String newReason, Instant at) {
		this.choice = newChoice;
		this.reason = newReason;
		this.votedAt = at;
	}

	public Long getMemberId() {
		return key.memberId();
	}

	public Outcome getChoice() {
		return choice;
	}

	public String getReason() {
		return reason;
	}

	public Instant getVotedAt() {
		return votedAt;
	}
}
