package org.hubdesk.request;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.hubdesk.hub.Hub;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.modulith.NamedInterface;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Figures of a hub's requests over a period, read in a few statements for the modules that weigh
 * how help has been spread (the committee's equity term and capacity line): which requests were
 * submitted, accepted and worked on, by whom, and the hours that remain on the work in progress.
 */
@NamedInterface("api")
@Service
@Transactional(readOnly = true)
public class RequestFigures {

	/**
	 * What happened to one request in the period.
	 * @param affiliateId its affiliate, or null
	 * @param requesterId who requested it
	 * @param submitted whether it was submitted in the period
	 * @param accepted whether it was accepted in the period
	 * @param hours the staff hours logged on it in the period
	 */
	public record Help(long requestId, Long affiliateId, long requesterId, boolean submitted, boolean accepted,
			BigDecimal hours) {
	}

	/** A request in progress: its estimate (null when none) and the hours logged on it so far. */
	public record Work(long requestId, BigDecimal estimate, BigDecimal logged) {
	}

	private final JdbcTemplate jdbc;

	RequestFigures(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/** Every request of the hub submitted, accepted or worked on since the moment (hours from its day on). */
	public List<Help> since(Hub hub, Instant from) {
		Timestamp at = Timestamp.from(from);
		LocalDate day = from.atZone(java.time.ZoneOffset.UTC).toLocalDate();
		Map<Long, Long> affiliates = new HashMap<>();
		Map<Long, Long> requesters = new HashMap<>();
		Map<Long, boolean[]> flags = new HashMap<>();
		Map<Long, BigDecimal> hours = new HashMap<>();
		jdbc.query("select id, affiliate_id, requester_id from help_request where hub_id = ? and submitted_at >= ?", rs -> {
			long id = rs.getLong(1);
			affiliates.put(id, (Long) rs.getObject(2, Long.class));
			requesters.put(id, rs.getLong(3));
			flags.computeIfAbsent(id, k -> new boolean[2])[0] = true;
		}, hub.getId(), at);
		jdbc.query("select distinct r.id, r.affiliate_id, r.requester_id from request_timeline t join help_request r "
				+ "on r.id = t.request_id where r.hub_id = ? and t.to_state = 'ACCEPTED' and t.at >= ?", rs -> {
			long id = rs.getLong(1);
			affiliates.put(id, (Long) rs.getObject(2, Long.class));
			requesters.put(id, rs.getLong(3));
			flags.computeIfAbsent(id, k -> new boolean[2])[1] = true;
		}, hub.getId(), at);
		jdbc.query("select r.id, r.affiliate_id, r.requester_id, sum(e.hours) from request_time_entry e join help_request r "
				+ "on r.id = e.request_id where r.hub_id = ? and e.work_date >= ? group by r.id, r.affiliate_id, r.requester_id",
				rs -> {
			long id = rs.getLong(1);
			affiliates.put(id, (Long) rs.getObject(2, Long.class));
			requesters.put(id, rs.getLong(3));
			hours.put(id, rs.getBigDecimal(4));
		}, hub.getId(), java.sql.Date.valueOf(day));
		return affiliates.keySet().stream().sorted().map(id -> {
			boolean[] f = flags.getOrDefault(id, new boolean[2]);
			return new Help(id, affiliates.get(id), requesters.get(id), f[0], f[1], hours.getOrDefault(id, BigDecimal.ZERO));
		}).toList();
	}

	/** The staff hours logged on the hub's requests from the day on. */
	public BigDecimal hoursSince(Hub hub, LocalDate from) {
		BigDecimal sum = jdbc.queryForObject("select coalesce(sum(e.hours), 0) from request_time_entry e join help_request r "
				+ "on r.id = e.request_id where r.hub_id = ? and e.work_date >= ?", BigDecimal.class, hub.getId(),
				java.sql.Date.valueOf(from));
		return sum == null ? BigDecimal.ZERO : sum;
	}

	/** The hub's requests in progress, with their estimates and the hours logged on them so far. */
	public List<Work> inProgress(Hub hub) {
		return jdbc.query("select r.id, r.estimated_effort_hours, coalesce(sum(e.hours), 0) from help_request r "
				+ "left join request_time_entry e on e.request_id = r.id where r.hub_id = ? and r.state = 'IN_PROGRESS' "
				+ "group by r.id, r.estimated_effort_hours",
				(rs, row) -> new Work(rs.getLong(1), rs.getBigDecimal(2), rs.getBigDecimal(3)), hub.getId());
	}
}
