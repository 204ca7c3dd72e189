package org.hubdesk.committee.internal;

import java.io.Serializable;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/**
 * The reply the committee sends with a decision of one outcome, in one language, as the chair
 * words it: {@code {title}} and {@code {reasons}} are filled in. Without one, the shipped wording serves.
 */
@Entity
@Table(name = "committee_reply_template")
public class ReplyTemplate {

	public static final int BODY_MAX = 4000;

	@Embeddable
	public record Key(@Column(name = "hub_id") Long hubId, @Column(name = "outcome", length = 12) String outcome,
			@Column(name = "language", length = 20) String language) implements Serializable {
	}

	@EmbeddedId
	private Key key;

	@Column(nullable = false, length = BODY_MAX)
	private String body;

	protected ReplyTemplate() {
	}

	ReplyTemplate(long hubId, Outcome outcome, String language, String body) {
		this.key = new Key(hubId, outcome.name(), language);
		this.body = body;
	}

	void reword(String newBody) {
		this.body = newBody;
	}

	public String getBody() {
		return body;
	}
}
