package org.hubdesk.committee.internal;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A word in the committee's discussion of a request: never shown to requesters or conflicted members. */
@Entity
@Table(name = "committee_comment")
public class Comment {

	public static final int BODY_MAX = 8000;

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "agenda_item_id", nullable = false)
	private Long agendaItemId;

	@Column(name = "author_id", nullable = false)
	private Long authorId;

	@Column(nullable = false, length = BODY_MAX)
	private String body;

	@Column(name = "posted_at", nullable = false)
	private Instant postedAt;

	protected Comment() {
	}

	Comment(long agendaItemId, long authorId, String body, Instant postedAt) {
		this.agendaItemId = agendaItemId;
		this.authorId = authorId;
		this.body = body;
		this.postedAt = postedAt;
	}

	public Long getId() {
		return id;
	}

	public Long getAuthorId() {
		return authorId;
	}

	public String getBody() {
		return body;
	}

	public Instant getPostedAt() {
		return postedAt;
	}
}
