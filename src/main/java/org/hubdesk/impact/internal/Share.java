package org.hubdesk.impact.internal;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A link that opens a request's partner report signed out, in a chosen language, until it is
 * revoked: its token is unguessable (256 random bits) and opens the report and nothing else.
 */
@Entity
@Table(name = "impact_share")
public class Share {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "request_id", nullable = false)
	private Long requestId;

	@Column(nullable = false, unique = true, length = 64)
	private String token;

	@Column(nullable = false, length = 20)
	private String language;

	@Column(name = "created_at", nullable = false)
	private Instant createdAt;

	@Column(name = "created_by")
	private Long createdBy;

	@Column(name = "revoked_at")
	private Instant revokedAt;

	protected Share() {
	}

	Share(Long requestId, String token, String language, Long createdBy, Instant now) {
		this.requestId = requestId;
		this.token = token;
		this.language = language;
		this.createdBy = createdBy;
		this.createdAt = now;
	}

	void revoke(Instant now) {
		if (revokedAt == null) {
			revokedAt = now;
		}
	}

	public Long getId() {
		return id;
	}

	public Long getRequestId() {
		return requestId;
	}

	public String getToken() {
		return token;
	}

	public String getLanguage() {
		return language;
	}

	public Instant getCreatedAt() {
		return createdAt;
	}

	public Instant getRevokedAt() {
		return revokedAt;
	}

	public boolean isRevoked() {
		return revokedAt != null;
	}
}
