package org.hubdesk.request.desk;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A desk view a member of staff saved: a name and the desk's query string, optionally shared with the hub's staff. */
@Entity
@Table(name = "saved_view")
public class SavedView {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "hub_id", nullable = false)
	private Long hubId;

	@Column(name = "owner_id", nullable = false)
	private Long ownerId;

	@Column(nullable = false, length = 120)
	private String name;

	@Column(nullable = false, length = 2000)
	private String query;

	@Column(nullable = false)
	private boolean shared;

	@Column(name = "created_at", nullable = false)
	private Instant createdAt;

	protected SavedView() {
	}

	SavedView(Long hubId, Long ownerId, String name, String query, boolean shared, Instant now) {
		this.hubId = hubId;
		this.ownerId = ownerId;
		this.name = name;
		this.query = query;
		this.shared = shared;
		this.createdAt = now;
	}

	public Long getId() {
		return id;
	}

	public Long getHubId() {
		return hubId;
	}

	public Long getOwnerId() {
		return ownerId;
	}

	public String getName() {
		return name;
	}

	public String getQuery() {
		return query;
	}

	public boolean isShared() {
		return shared;
	}

	public Instant getCreatedAt() {
		return createdAt;
	}
}
