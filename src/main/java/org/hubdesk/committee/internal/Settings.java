package org.hubdesk.committee.internal;

import java.math.BigDecimal;

import org.hubdesk.hub.Hub;
import org.hubdesk.shared.Refusal;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The committee's settings per hub, as its administrators and chair keep them. */
@Service
@Transactional(readOnly = true)
public class Settings {

	private final CommitteeSettingsRepository settings;

	Settings(CommitteeSettingsRepository settings) {
		this.settings = settings;
	}

	/** The hub's settings, or the ones a hub starts with. */
	public CommitteeSettings of(Hub hub) {
		return of(hub.getId());
	}

	public CommitteeSettings of(long hubId) {
		return settings.findById(hubId).orElseGet(() -> new CommitteeSettings(hubId));
	}

	/**
	 * Changes the hub's settings.
	 * @throws Refusal naming the field at fault: a quorum outside 0–99 %, λ outside 0–1, hours outside 0–100,000
	 */
	@Transactional
	public CommitteeSettings change(Hub hub, boolean decides, boolean chairSeesScoresAtStart, int quorumPercent,
			BigDecimal equityWeight, int staffHoursPerQuarter) {
		return change(hub, null, decides, chairSeesScoresAtStart, quorumPercent, equityWeight, staffHoursPerQuarter);
	}

	/**
	 * Which revision of the hub's settings these are: 0 for the ones a hub starts with, one more with
	 * each change. A form or a call sends it back, so that a change made meanwhile is not overwritten.
	 */
	public long revision(Hub hub) {
		return settings.findById(hub.getId()).map(s -> s.getVersion() + 1).orElse(0L);
	}

	/**
	 * Changes the hub's settings as someone saw them at revision {@code expectedVersion} ({@link #revision};
	 * null: whatever they are).
	 * @throws Refusal (409) when they changed meanwhile; else as {@link #change(Hub, boolean, boolean, int, BigDecimal, int)}
	 */
	@Transactional
	public CommitteeSettings change(Hub hub, Long expectedVersion, boolean decides, boolean chairSeesScoresAtStart,
			int quorumPercent, BigDecimal equityWeight, int staffHoursPerQuarter) {
		if (quorumPercent < 0 || quorumPercent > 99) {
			throw new Refusal("quorumPercent", "committee.settings.error.quorum");
		}
		if (equityWeight == null || equityWeight.signum() < 0 || equityWeight.compareTo(BigDecimal.ONE) > 0
				|| equityWeight.scale() > 2) {
			throw new Refusal("equityWeight", "committee.settings.error.equity");
		}
		if (staffHoursPerQuarter < 0 || staffHoursPerQuarter > CommitteeSettings.STAFF_HOURS_MAX) {
			throw new Refusal("staffHoursPerQuarter", "committee.settings.error.hours", CommitteeSettings.STAFF_HOURS_MAX);
		}
		java.util.Optional<CommitteeSettings> stored = settings.findById(hub.getId());
		CommitteeSettings current = stored.orElseGet(() -> new CommitteeSettings(hub.getId()));
		if (expectedVersion != null && expectedVersion != stored.map(s -> s.getVersion() + 1).orElse(0L)) {
			throw Refusal.conflict("committee.settings.error.stale");
		}
		current.change(decides, chairSeesScoresAtStart, quorumPercent, equityWeight, staffHoursPerQuarter);
		return settings.save(current);
	}
}
