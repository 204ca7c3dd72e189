package org.hubdesk.request.canned;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A reply the hub's staff often send, in one language, inserted and edited before sending. */
@Entity
@Table(name = "canned_reply")
public class CannedReply {

	/** The longest title, in characters. */
	public static final int TITLE_MAX = 200;

	/** The longest text, in characters. */
	public static final int BODY_MAX = 10000;

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "hub_id", nullable = false)
	private Long hubId;

	@Column(nullable = false, length = 20)
	private String language;

	@Column(nullable = false, length = TITLE_MAX)
	private String title;

	@Column(nullable = false, length = BODY_MAX)
	private String body;

	@Column(name = "created_at", nullable = false)
	private Instant createdAt;

	protected CannedReply() {
	}

	CannedReply(Long hubId, String language, String title, String body, Instant now) {
		this.hubId = hubId;
		this.language = language;
		this.title = title;
		this.body = body;
		this.createdAt = now;
	}

	void change(String language, String title, String body) {
		this.language = language;
		this.title = title;
		this.body = body;
	}

	public Long getId() {
		return id;
	}

	public Long getHubId() {
		return hubId;
	}

	public String getLanguage() {
		return language;
	}

	public String getTitle() {
		return title;
	}

	public String getBody() {
		return body;
	}

	public Instant getCreatedAt() {
		return createdAt;
	}
}
