package org.hubdesk.request;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.Immutable;

/**
 * One recorded change of a request (who, when, what, why): its timeline and audit trail. Entries
 * are only ever added; internal ones are shown to the hub's staff only.
 */
@Entity
@Immutable
@Table(name = "request_timeline")
public class TimelineEntry {

	/** What happened. */
	public enum Kind {
		CREATED, SUBMITTED, STATUS_CHANGED, FIELD_CHANGED, ASSIGNED, MESSAGE, NOTE, ATTACHMENT, WITHDRAWN, REMINDER;

		public String messageKey() {
			return "timeline." + name();
		}
	}

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "request_id", nullable = false)
	private Long requestId;

	@Column(nullable = false)
	private Instant at;

	@Column(name = "actor_id")
	private Long actorId;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 40)
	private Kind kind;

	@Column(nullable = false)
	private boolean internal;

	@Enumerated(EnumType.STRING)
	@Column(name = "from_state", length = 30)
	private RequestState fromState;

	@Enumerated(EnumType.STRING)
	@Column(name = "to_state", length = 30)
	private RequestState toState;

	@Column(length = 60)
	private String field;

	@Column(length = 20000)
	private String detail;

	@Column(name = "message_id")
	private Long messageId;

	protected TimelineEntry() {
	}

	TimelineEntry(Long requestId, Instant at, Long actorId, Kind kind, boolean internal) {
		this.requestId = requestId;
		this.at = at;
		this.actorId = actorId;
		this.kind = kind;
		this.internal = internal;
	}

	TimelineEntry states(RequestState from, RequestState to) {
		this.fromState = from;
		this.toState = to;
		return this;
	}

	TimelineEntry field(String field) {
		this.field = field;
		return this;
	}

	TimelineEntry detail(String detail) {
		this.detail = detail;
		return this;
	}

	TimelineEntry message(Long messageId) {
		this.messageId = messageId;
		return this;
	}

	public Long getId() {
		return id;
	}

	public Long getRequestId() {
		return requestId;
	}

	public Instant getAt() {
		return at;
	}

	public Long getActorId() {
		return actorId;
	}

	public Kind getKind() {
		return kind;
	}

	public boolean isInternal() {
		return internal;
	}

	public RequestState getFromState() {
		return fromState;
	}

	public RequestState getToState() {
		return toState;
	}

	public String getField() {
		return field;
	}

	public String getDetail() {
		return detail;
	}

	public Long getMessageId() {
		return messageId;
	}
}
