package org.hubdesk.impact.internal;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * Where the snapshots' contents are kept ({@link SnapshotContents}): for each target, only the latest
 * snapshot of each month (UTC) keeps them, which is all that counting at each month's end needs.
 */
@Repository
class ContentsStore {

	private final NamedParameterJdbcTemplate jdbc;

	ContentsStore(NamedParameterJdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/** Keeps the new snapshot's contents and forgets those of the target's earlier snapshots of its month. */
	void keep(Snapshot snapshot, SnapshotContents contents) {
		Instant monthStart = snapshot.getTakenAt().atOffset(ZoneOffset.UTC).toLocalDate().withDayOfMonth(1)
			.atStartOfDay(ZoneOffset.UTC).toInstant();
		jdbc.update("delete from impact_snapshot_contents where snapshot_id in (select s.id from impact_snapshot s"
				+ " where s.target_id = :target and s.taken_at >= :start and s.id <> :id)",
				new MapSqlParameterSource("target", snapshot.getTargetId()).addValue("start", java.sql.Timestamp.from(monthStart))
					.addValue("id", snapshot.getId()));
		jdbc.update("insert into impact_snapshot_contents (snapshot_id, contents) values (:id, :contents)",
				new MapSqlParameterSource("id", snapshot.getId()).addValue("contents", contents.compressed()));
	}

	/** The contents kept for these snapshots, by snapshot id (snapshots without any are left out). */
	Map<Long, SnapshotContents> of(Collection<Long> snapshotIds) {
		Map<Long, SnapshotContents> found = new HashMap<>();
		if (snapshotIds.isEmpty()) {
			return found;
		}
		for (List<Long> part : partition(List.copyOf(snapshotIds))) {
			jdbc.query("select snapshot_id, contents from impact_snapshot_contents where snapshot_id in (:ids)",
					new MapSqlParameterSource("ids", part),
					rs -> {
						found.put(rs.getLong(1), SnapshotContents.read(rs.getBytes(2)));
					});
		}
		return found;
	}

	private static List<List<Long>> partition(List<Long> ids) {
		List<List<Long>> parts = new java.util.ArrayList<>();
		for (int i = 0; i < ids.size(); i += 500) {
			parts.add(ids.subList(i, Math.min(ids.size(), i + 500)));
		}
		return parts;
	}
}
