package org.hubdesk.request;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.springframework.modulith.NamedInterface;

/** A step of an accepted request's work, with its due date. */
@NamedInterface("api")
@Entity
@Table(name = "request_milestone")
public class Milestone {

	/** The longest title, in characters. */
	public static final int TITLE_MAX = 300;

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "request_id", nullable = false)
	private Long requestId;

	@Column(nullable = false, length = TITLE_MAX)
	private String title;

	@Column(name = "due_date")
	private LocalDate dueDate;

	@Column(nullable = false)
	private boolean done;

	@Column(name = "created_at", nullable = false)
	private Instant createdAt;

	protected Milestone() {
	}

	Milestone(Long requestId, String title, LocalDate dueDate, Instant now) {
		this.requestId = requestId;
		this.title = title;
		this.dueDate = dueDate;
		this.createdAt = now;
	}

	void setDone(boolean done) {
		this.done = done;
	}

	public Long getId() {
		return id;
	}

	public Long getRequestId() {
		return requestId;
	}

	public String getTitle() {
		return title;
	}

	public LocalDate getDueDate() {
		return dueDate;
	}

	public boolean isDone() {
		return done;
	}

	public Instant getCreatedAt() {
		return createdAt;
	}
}
