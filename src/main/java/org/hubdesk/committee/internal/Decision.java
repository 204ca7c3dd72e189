package org.hubdesk.committee.internal;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.Table;

/**
 * The committee's decision on a request on an agenda, recorded by the chair: the outcome, the
 * reasons (for the requester) and a short public summary, the rubric version it was made under,
 * the members who took part with their votes (none for a decision by consensus).
 */
@Entity
@Table(name = "committee_decision")
public class Decision {

	public static final int REASONS_MAX = 4000;
	public static final int SUMMARY_MAX = 1000;

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "agenda_item_id", nullable = false, unique = true)
	private Long agendaItemId;

	@Column(name = "request_id", nullable = false)
	private Long requestId;

	@Column(name = "hub_id", nullable = false)
	private Long hubId;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 12)
	private Outcome outcome;

	@Column(nullable = false, length = REASONS_MAX)
	private String reasons;

	@Column(name = "public_summary", nullable = false, length = SUMMARY_MAX)
	private String publicSummary;

	@Column(name = "rubric_id", nullable = false)
	private Long rubricId;

	@Column(name = "by_consensus", nullable = false)
	private boolean byConsensus;

	@Column(name = "decided_by", nullable = false)
	private Long decidedBy;

	@Column(name = "decided_at", nullable = false)
	private Instant decidedAt;

	/** Kept for a member who took part without a recorded vote. */
	private static final String NO_VOTE = "NONE";

	/** The members taking part, each with their vote's outcome, or {@link #NO_VOTE}. */
	@ElementCollection(fetch = FetchType.EAGER)
	@CollectionTable(name = "committee_decision_member", joinColumns = @JoinColumn(name = "decision_id"))
	@MapKeyColumn(name = "member_id")
	@Column(name = "vote", length = 12)
	private Map<Long, String> members = new HashMap<>();

	protected Decision() {
	}

	Decision(AgendaItem item, long hubId, Outcome outcome, String reasons, String publicSummary, long rubricId,
			boolean byConsensus, long decidedBy, Instant decidedAt, Map<Long, Outcome> members) {
		this.agendaItemId = item.getId();
		this.requestId = item.getRequestId();
		this.hubId = hubId;
		this.outcome = outcome;
		this.reasons = reasons;
		this.publicSummary = publicSummary;
		this.rubricId = rubricId;
		this.byConsensus = byConsensus;
		this.decidedBy = decidedBy;
		this.decidedAt = decidedAt;
		members.forEach((member, vote) -> this.members.put(member, vote == null ? NO_VOTE : vote.name()));
	}

	public Long getId() {
		return id;
	}

	public Long getAgendaItemId() {
		return agendaItemId;
	}

	public Long getRequestId() {
		return requestId;
	}

	public Long getHubId() {
		return hubId;
	}

	public Outcome getOutcome() {
		return outcome;
	}

	public String getReasons() {
		return reasons;
	}

	public String getPublicSummary() {
		return publicSummary;
	}

	public Long getRubricId() {
		return rubricId;
	}

	public boolean isByConsensus() {
		return byConsensus;
	}

	public Long getDecidedBy() {
		return decidedBy;
	}

	public Instant getDecidedAt() {
		return decidedAt;
	}

	/** The members who took part. */
	public java.util.Set<Long> getMembers() {
		return java.util.Set.copyOf(members.keySet());
	}

	/** The vote a member who took part had recorded, if any. */
	public java.util.Optional<Outcome> voteOf(long memberId) {
		String vote = members.get(memberId);
		return vote == null || NO_VOTE.equals(vote) ? java.util.Optional.empty()
				: java.util.Optional.of(Outcome.valueOf(vote));
	}
}
