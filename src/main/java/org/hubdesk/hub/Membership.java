package org.hubdesk.hub;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A role a person holds in a hub, who granted it and when. */
@Entity
@Table(name = "hub_membership")
public class Membership {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "hub_id", nullable = false)
	private Long hubId;

	@Column(name = "person_id", nullable = false)
	private Long personId;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 30)
	private HubRole role;

	@Column(name = "granted_at", nullable = false)
	private Instant grantedAt;

	@Column(name = "granted_by")
	private Long grantedBy;

	protected Membership() {
	}

	Membership(Long hubId, Long personId, HubRole role, Long grantedBy) {
		this.hubId = hubId;
		this.personId = personId;
		this.role = role;
		this.grantedBy = grantedBy;
		this.grantedAt = Instant.now();
	}

	public Long getId() {
		return id;
	}

	public Long getHubId() {
		return hubId;
	}

	public Long getPersonId() {
		return personId;
	}

	public HubRole getRole() {
		return role;
	}

	public Instant getGrantedAt() {
		return grantedAt;
	}

	public Long getGrantedBy() {
		return grantedBy;
	}
}
