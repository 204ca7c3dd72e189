package org.hubdesk.committee.internal;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/**
 * A request on a meeting's agenda: one review of it by the committee, with its scores, discussion,
 * votes and (at most one) decision. A request deferred and put on a later agenda gets a new item.
 */
@Entity
@Table(name = "committee_agenda_item")
public class AgendaItem {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@ManyToOne(fetch = FetchType.EAGER, optional = false)
	@JoinColumn(name = "meeting_id")
	private Meeting meeting;

	@Column(name = "request_id", nullable = false)
	private Long requestId;

	@Column(name = "added_at", nullable = false)
	private Instant addedAt;

	@Column(name = "added_by")
	private Long addedBy;

	/** When the committee decided on the request at this time on the agenda; null while it waits. */
	@Column(name = "decided_at")
	private Instant decidedAt;

	protected AgendaItem() {
	}

	AgendaItem(Meeting meeting, long requestId, Instant addedAt, Long addedBy) {
		this.meeting = meeting;
		this.requestId = requestId;
		this.addedAt = addedAt;
		this.addedBy = addedBy;
	}

	public Long getId() {
		return id;
	}

	public Meeting getMeeting() {
		return meeting;
	}

	public Long getRequestId() {
		return requestId;
	}

	public Instant getAddedAt() {
		return addedAt;
	}

	public Instant getDecidedAt() {
		return decidedAt;
	}
}
