package org.hubdesk.committee.internal;

import java.time.Duration;
import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** A meeting of a hub's committee: when it starts, how long it lasts, and where it is held. */
@Entity
@Table(name = "committee_meeting")
public class Meeting {

	public static final int LINK_MAX = 500;
	public static final int MINUTES_MAX = 600;

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "hub_id", nullable = false)
	private Long hubId;

	@Column(name = "starts_at", nullable = false)
	private Instant startsAt;

	@Column(nullable = false)
	private int minutes;

	@Column(name = "video_link", length = LINK_MAX)
	private String videoLink;

	@Column(name = "created_at", nullable = false)
	private Instant createdAt;

	@Version
	private long version;

	protected Meeting() {
	}

	Meeting(long hubId, Instant startsAt, int minutes, String videoLink, Instant createdAt) {
		this.hubId = hubId;
		this.startsAt = startsAt;
		this.minutes = minutes;
		this.videoLink = videoLink;
		this.createdAt = createdAt;
	}

	public Long getId() {
		return id;
	}

	public Long getHubId() {
		return hubId;
	}

	public Instant getStartsAt() {
		return startsAt;
	}

	public int getMinutes() {
		return minutes;
	}

	public Instant getEndsAt() {
		return startsAt.plus(Duration.ofMinutes(minutes));
	}

	public String getVideoLink() {
		return videoLink;
	}

	/** Whether the meeting has started by this moment. */
	public boolean startedBy(Instant now) {
		return !now.isBefore(startsAt);
	}
}
