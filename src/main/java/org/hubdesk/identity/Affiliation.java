package org.hubdesk.identity;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** An affiliate a person declares they belong to; staff can mark it verified. */
@Embeddable
public class Affiliation {

	@Column(name = "affiliate_id", nullable = false)
	private Long affiliateId;

	@Column(nullable = false)
	private boolean verified;

	@Column(name = "declared_at", nullable = false)
	private Instant declaredAt;

	protected Affiliation() {
	}

	Affiliation(Long affiliateId) {
		this.affiliateId = affiliateId;
		this.declaredAt = Instant.now();
	}

	void verify() {
		this.verified = true;
	}

	public Long getAffiliateId() {
		return affiliateId;
	}

	public boolean isVerified() {
		return verified;
	}

	public Instant getDeclaredAt() {
		return declaredAt;
	}
}
