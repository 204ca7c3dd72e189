package org.hubdesk.committee.internal;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * A conflict of interest that a member declared on a request, or the chair's ruling on one found
 * by affiliation: it holds until the chair lifts it, and the chair's reason is kept either way.
 * (A member who requests or co-requests a request is conflicted on it always; nothing is stored.)
 */
@Entity
@Table(name = "committee_conflict")
public class Conflict {

	public static final int REASON_MAX = 2000;

	/** Where the conflict comes from. */
	public enum Source {
		/** The member said so. */
		DECLARED,
		/** The member declares an affiliation with the requesting affiliate. */
		AFFILIATION
	}

	/** Where it stands. */
	public enum Status {
		/** Declared, not yet ruled on: it holds. */
		DECLARED,
		/** Confirmed by the chair: it holds. */
		CONFIRMED,
		/** Lifted by the chair: the member takes part. */
		LIFTED
	}

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "request_id", nullable = false)
	private Long requestId;

	@Column(name = "member_id", nullable = false)
	private Long memberId;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 12)
	private Source source;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 12)
	private Status status;

	@Column(nullable = false, length = REASON_MAX)
	private String reason;

	@Column(name = "declared_at", nullable = false)
	private Instant declaredAt;

	@Column(name = "ruling_reason", length = REASON_MAX)
	private String rulingReason;

	@Column(name = "ruled_by")
	private Long ruledBy;

	@Column(name = "ruled_at")
	private Instant ruledAt;

	@Version
	private long version;

	protected Conflict() {
	}

	Conflict(long requestId, long memberId, Source source, String reason, Instant at) {
		this.requestId = requestId;
		this.memberId = memberId;
		this.source = source;
		this.status = Status.DECLARED;
		this.reason = reason;
		this.declaredAt = at;
	}

	void rule(boolean holds, String why, long chairId, Instant at) {
		this.status = holds ? Status.CONFIRMED : Status.LIFTED;
		this.rulingReason = why;
		this.ruledBy = chairId;
		this.ruledAt = at;
	}

	/** Whether the member is kept out of the request. */
	public boolean holds() {
		return status != Status.LIFTED;
	}

	public Long getId() {
		return id;
	}

	public Long getRequestId() {
		return requestId;
	}

	public Long getMemberId() {
		return memberId;
	}

	public Source getSource() {
		return source;
	}

	public Status getStatus() {
		return status;
	}

	public String getReason() {
		return reason;
	}

	public Instant getDeclaredAt() {
		return declaredAt;
	}

	public String getRulingReason() {
		return rulingReason;
	}

	public Long getRuledBy() {
		return ruledBy;
	}

	public Instant getRuledAt() {
		return ruledAt;
	}

	public long getVersion() {
		return version;
	}
}
