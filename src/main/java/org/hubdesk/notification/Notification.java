package org.hubdesk.notification;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * Something that needs a person's attention. The text is not stored: it is composed from the kind
 * and its facts when shown, so it reads in the recipient's language of the moment.
 */
@Entity
@Table(name = "notification")
public class Notification {

	/** What happened, each with its message key {@code notification.KIND}. */
	public enum Kind {
		NEW_REQUEST, REPLY, REQUESTER_REPLY, STATUS_CHANGED, ASSIGNED, INTERNAL_NOTE, REMINDER;

		public String messageKey() {
			return "notification." + name();
		}
	}

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "person_id", nullable = false)
	private Long personId;

	@Column(name = "hub_id", nullable = false)
	private Long hubId;

	@Column(name = "request_id")
	private Long requestId;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 40)
	private Kind kind;

	@Column(length = 40)
	private String reference;

	@Column(length = 300)
	private String title;

	/** A fact the text needs, e.g. the new state's name. */
	@Column(length = 100)
	private String detail;

	@Column(nullable = false, length = 300)
	private String link;

	@Column(name = "created_at", nullable = false)
	private Instant createdAt;

	@Column(name = "read_at")
	private Instant readAt;

	protected Notification() {
	}

	Notification(Long personId, Long hubId, Long requestId, Kind kind, String reference, String title, String detail,
			String link, Instant now) {
		this.personId = personId;
		this.hubId = hubId;
		this.requestId = requestId;
		this.kind = kind;
		this.reference = reference;
		this.title = title;
		this.detail = detail;
		this.link = link;
		this.createdAt = now;
	}

	void read(Instant now) {
		if (readAt == null) {
			readAt = now;
		}
	}

	public Long getId() {
		return id;
	}

	public Long getPersonId() {
		return personId;
	}

	public Long getHubId() {
		return hubId;
	}

	public Long getRequestId() {
		return requestId;
	}

	public Kind getKind() {
		return kind;
	}

	public String getReference() {
		return reference;
	}

	public String getTitle() {
		return title;
	}

	public String getDetail() {
		return detail;
	}

	public String getLink() {
		return link;
	}

	public Instant getCreatedAt() {
		return createdAt;
	}

	public Instant getReadAt() {
		return readAt;
	}

	public boolean isUnread() {
		return readAt == null;
	}
}
