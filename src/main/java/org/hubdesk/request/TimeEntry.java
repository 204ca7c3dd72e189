package org.hubdesk.request;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.springframework.modulith.NamedInterface;

/** Hours a member of staff logged on a request. */
@NamedInterface("api")
@Entity
@Table(name = "request_time_entry")
public class TimeEntry {

	/** The longest note, in characters. */
	public static final int NOTE_MAX = 500;

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "request_id", nullable = false)
	private Long requestId;

	@Column(name = "person_id", nullable = false)
	private Long personId;

	@Column(name = "work_date", nullable = false)
	private LocalDate workDate;

	@Column(nullable = false, precision = 6, scale = 2)
	private BigDecimal hours;

	@Column(length = NOTE_MAX)
	private String note;

	@Column(name = "created_at", nullable = false)
	private Instant createdAt;

	protected TimeEntry() {
	}

	TimeEntry(Long requestId, Long personId, LocalDate workDate, BigDecimal hours, String note, Instant now) {
		this.requestId = requestId;
		this.personId = personId;
		this.workDate = workDate;
		this.hours = hours;
		this.note = note;
		this.createdAt = now;
	}

	public Long getId() {
		return id;
	}

	public Long getRequestId() {
		return requestId;
	}

	public Long getPersonId() {
		return personId;
	}

	public LocalDate getWorkDate() {
		return workDate;
	}

	public BigDecimal getHours() {
		return hours;
	}

	public String getNote() {
		return note;
	}

	public Instant getCreatedAt() {
		return createdAt;
	}
}
