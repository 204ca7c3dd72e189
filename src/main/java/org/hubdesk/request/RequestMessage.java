package org.hubdesk.request;

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

import org.springframework.modulith.NamedInterface;

/** A message on a request: a public reply, or an internal note only the hub's staff ever see. */
@NamedInterface("api")
@Entity
@Table(name = "request_message")
public class RequestMessage {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "request_id", nullable = false)
	private Long requestId;

	@Column(name = "author_id", nullable = false)
	private Long authorId;

	@Column(nullable = false, length = 20000)
	private String body;

	@Column(nullable = false)
	private boolean internal;

	@Column(name = "created_at", nullable = false)
	private Instant createdAt;

	/** The request, read-only: the search index takes its hub from it. */
	@ManyToOne(fetch = FetchType.LAZY)
	@JoinColumn(name = "request_id", insertable = false, updatable = false)
	private HelpRequest request;

	protected RequestMessage() {
	}

	RequestMessage(HelpRequest request, Long authorId, String body, boolean internal, Instant now) {
		this.request = request;
		this.requestId = request.getId();
		this.authorId = authorId;
		this.body = body;
		this.internal = internal;
		this.createdAt = now;
	}

	public Long getId() {
		return id;
	}

	public Long getRequestId() {
		return requestId;
	}

	public Long getAuthorId() {
		return authorId;
	}

	public String getBody() {
		return body;
	}

	public boolean isInternal() {
		return internal;
	}

	public Instant getCreatedAt() {
		return createdAt;
	}

	HelpRequest getRequest() {
		return request;
	}
}
