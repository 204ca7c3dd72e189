package org.hubdesk.request;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.springframework.modulith.NamedInterface;

/** The outcome report of a completed request: what was done, and links to the content on the platforms. */
@NamedInterface("api")
@Entity
@Table(name = "request_outcome")
public class Outcome {

	/** The longest summary, in characters. */
	public static final int SUMMARY_MAX = 20000;

	/** The longest list of links (one a line), in characters. */
	public static final int LINKS_MAX = 10000;

	@Id
	@Column(name = "request_id")
	private Long requestId;

	@Column(nullable = false, length = SUMMARY_MAX)
	private String summary;

	/** One link a line. */
	@Column(length = LINKS_MAX)
	private String links;

	@Column(name = "author_id", nullable = false)
	private Long authorId;

	@Column(name = "written_at", nullable = false)
	private Instant writtenAt;

	protected Outcome() {
	}

	Outcome(Long requestId) {
		this.requestId = requestId;
	}

	void write(String summary, List<String> links, Long authorId, Instant now) {
		this.summary = summary;
		this.links = String.join("\n", links);
		this.authorId = authorId;
		this.writtenAt = now;
	}

	public Long getRequestId() {
		return requestId;
	}

	public String getSummary() {
		return summary;
	}

	public List<String> getLinks() {
		return links == null || links.isBlank() ? List.of()
				: Arrays.stream(links.split("\n")).map(String::strip).filter(s -> !s.isEmpty()).toList();
	}

	public Long getAuthorId() {
		return authorId;
	}

	public Instant getWrittenAt() {
		return writtenAt;
	}
}
