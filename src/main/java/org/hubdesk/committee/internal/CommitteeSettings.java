package org.hubdesk.committee.internal;

import java.math.BigDecimal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * How a hub's committee works: whether the decisions after review are the committee's alone, when the
 * chair sees the scores, the quorum, the weight of the equity term in the ranking, and the staff
 * hours the hub has each quarter.
 */
@Entity
@Table(name = "committee_settings")
public class CommitteeSettings {

	public static final int STAFF_HOURS_MAX = 100_000;

	@Id
	@Column(name = "hub_id")
	private Long hubId;

	@Column(nullable = false)
	private boolean decides;

	@Column(name = "chair_sees_scores_at_start", nullable = false)
	private boolean chairSeesScoresAtStart = true;

	@Column(name = "quorum_percent", nullable = false)
	private int quorumPercent = 50;

	@Column(name = "equity_weight", nullable = false, precision = 4, scale = 2)
	private BigDecimal equityWeight = new BigDecimal("0.20");

	@Column(name = "staff_hours_per_quarter", nullable = false)
	private int staffHoursPerQuarter;

	@Version
	private long version;

	protected CommitteeSettings() {
	}

	/** The settings a hub starts with: staff decide, the chair sees scores once a meeting starts, a majority is quorum, λ = 0.2. */
	CommitteeSettings(long hubId) {
		this.hubId = hubId;
	}

	void change(boolean decides, boolean chairSeesScoresAtStart, int quorumPercent, BigDecimal equityWeight,
			int staffHoursPerQuarter) {
		this.decides = decides;
		this.chairSeesScoresAtStart = chairSeesScoresAtStart;
		this.quorumPercent = quorumPercent;
		this.equityWeight = equityWeight;
		this.staffHoursPerQuarter = staffHoursPerQuarter;
	}

	public Long getHubId() {
		return hubId;
	}

	/** Whether the decisions after review are the committee's alone (the desk no longer offers them to staff). */
	public boolean isDecides() {
		return decides;
	}

	/** Whether the chair (unless conflicted) sees every score once the request's meeting has started. */
	public boolean isChairSeesScoresAtStart() {
		return chairSeesScoresAtStart;
	}

	/** Quorum: more than this share (in percent) of the non-conflicted members have scored. */
	public int getQuorumPercent() {
		return quorumPercent;
	}

	/** λ, the weight of the equity term in a request's rank value (0 switches it off). */
	public BigDecimal getEquityWeight() {
		return equityWeight;
	}

	public int getStaffHoursPerQuarter() {
		return staffHoursPerQuarter;
	}

	public long getVersion() {
		return version;
	}

	/** Whether this many scored members, of this many who may take part, make a quorum. */
	public boolean quorate(int scored, int eligible) {
		return eligible > 0 && scored * 100 > quorumPercent * eligible;
	}
}
