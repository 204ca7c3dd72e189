package org.hubdesk.bench.data;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Fills a Hubdesk database with a hub at a given scale: affiliates across the regions, people,
 * partner institutions, and requests in every state with their messages, internal notes, tags,
 * milestones, hours, outcomes, attachment records, timeline and notifications, and the committee's
 * meetings, agendas, reviews, votes and decisions over the same six years. Scale 1 is the
 * reference: 100,000 requests and about 1,000,000 messages.
 *
 * <p>It writes with batched inserts straight into the schema the application migrated, on top of
 * the demo hub (run the application once with the {@code demo} profile first); the search index
 * is rebuilt by the application afterwards ({@code --hubdesk.search.reindex=true}).
 *
 * <pre>java org.hubdesk.bench.data.Generator --url jdbc:postgresql://… --user postgres --scale 1 --out dataset.json</pre>
 */
public final class Generator {

	static final String HUB = "content-partnerships";

	/** Generated accounts; all sign in with the demo password. */
	static final String REQUESTER_PREFIX = "bench-requester-";
	static final String STAFF_PREFIX = "bench-staff-";
	static final int STAFF = 12;
	static final String MEMBER_PREFIX = "bench-member-";
	/** The committee's generated members; the demo hub's chair chairs them. */
	static final int MEMBERS = 9;

	private final Connection db;
	private final double scale;
	private final SplittableRandom random;
	private final Instant now = Instant.now();

	private Generator(Connection db, double scale, long seed) {
		this.db = db;
		this.scale = scale;
		this.random = new SplittableRandom(seed);
	}

	public static void main(String[] args) throws Exception {
		Map<String, String> options = options(args);
		String url = options.getOrDefault("url", "jdbc:postgresql://127.0.0.1:5432/hubdesk_bench");
		double scale = Double.parseDouble(options.getOrDefault("scale", "1"));
		long started = System.nanoTime();
		try (Connection db = DriverManager.getConnection(url + (url.contains("?") ? "&" : "?") + "reWriteBatchedInserts=true",
				options.getOrDefault("user", "postgres"), options.getOrDefault("password", ""))) {
			Map<String, Long> counts = new Generator(db, scale, Long.parseLong(options.getOrDefault("seed", "20261121")))
				.run();
			Duration took = Duration.ofNanos(System.nanoTime() - started);
			System.out.printf("Generated at scale %s in %d s: %s%n", scale, took.toSeconds(), counts);
			if (options.containsKey("out")) {
				write(Path.of(options.get("out")), scale, took, counts);
			}
		}
	}

	private Map<String, Long> run() throws SQLException {
		db.setAutoCommit(false);
		Existing existing = Existing.read(db, HUB);
		if (existing.requestCount() > 1000) {
			throw new IllegalStateException("The database already holds a generated hub; start from a fresh database");
		}
		int requests = (int) Math.round(100_000 * scale);
		Map<String, Long> counts = new LinkedHashMap<>();
		Ids ids = Ids.after(db);
		People people = new People(db, random, ids, existing, now);
		List<Long> affiliates = people.affiliates(Math.max(20, (int) Math.round(160 * Math.min(1, scale * 10))), counts);
		List<String[]> partners = people.partners(Math.max(50, requests / 50), counts);
		List<Long> staff = new ArrayList<>(existing.staffIds());
		staff.addAll(people.staff(STAFF, counts));
		List<People.Requester> requesters = people.requesters(Math.max(80, requests / 20), affiliates, counts);
		List<Long> members = people.members(MEMBERS, counts);
		db.commit();
		new RequestRows(db, random, ids, existing, now).write(requests, requesters, staff, affiliates, partners, counts);
		db.commit();
		new CommitteeRows(db, random, ids, existing, now).write(members, counts);
		db.commit();
		finish(existing, ids);
		return counts;
	}

	/** Moves the identity columns and the hub's request counter past the generated rows, and refreshes statistics. */
	private void finish(Existing existing, Ids ids) throws SQLException {
		try (Statement s = db.createStatement()) {
			for (Map.Entry<String, Long> next : ids.next().entrySet()) {
				s.execute("alter table " + next.getKey() + " alter column id restart with " + next.getValue());
			}
			s.execute("update request_number set last_number = (select max(number) from help_request where hub_id = "
					+ existing.hubId() + ") where hub_id = " + existing.hubId());
		}
		db.commit();
		db.setAutoCommit(true);
		try (Statement s = db.createStatement()) {
			s.execute("vacuum analyze");
		}
	}

	private static void write(Path out, double scale, Duration took, Map<String, Long> counts) throws IOException {
		StringBuilder json = new StringBuilder("{\n  \"scale\": ").append(scale)
			.append(",\n  \"generatedInSeconds\": ").append(took.toSeconds())
			.append(",\n  \"rows\": {");
		String sep = "\n";
		for (Map.Entry<String, Long> e : counts.entrySet()) {
			json.append(sep).append("    \"").append(e.getKey()).append("\": ").append(e.getValue());
			sep = ",\n";
		}
		json.append("\n  }\n}\n");
		Files.createDirectories(out.toAbsolutePath().getParent());
		Files.writeString(out, json);
	}

	private static Map<String, String> options(String[] args) {
		Map<String, String> options = new LinkedHashMap<>();
		for (int i = 0; i < args.length; i++) {
			if (!args[i].startsWith("--") || i + 1 >= args.length) {
				throw new IllegalArgumentException("Expected --name value pairs, got: " + String.join(" ", args));
			}
			options.put(args[i].substring(2), args[++i]);
		}
		return options;
	}

	/** What the demo hub already holds: its id, codebook leaves, regions, groups, staff and the demo password. */
	record Existing(long hubId, String prefix, long requestCount, int lastNumber, List<Long> needLeaves, Map<String, Long> regions,
			List<Long> thematicGroups, List<Long> staffIds, String passwordHash) {

		static Existing read(Connection db, String slug) throws SQLException {
			long hubId;
			String prefix;
			try (var s = db.prepareStatement("select id, number_prefix from hub where slug = ?")) {
				s.setString(1, slug);
				try (ResultSet r = s.executeQuery()) {
					if (!r.next()) {
						throw new IllegalStateException("No hub '" + slug + "': run the application once with the demo profile");
					}
					hubId = r.getLong(1);
					prefix = r.getString(2);
				}
			}
			Map<String, Long> regions = new LinkedHashMap<>();
			try (Statement s = db.createStatement(); ResultSet r = s.executeQuery("select code, id from region")) {
				while (r.next()) {
					regions.put(r.getString(1), r.getLong(2));
				}
			}
			return new Existing(hubId, prefix, single(db, "select count(*) from help_request where hub_id = " + hubId),
					(int) single(db, "select coalesce(max(number), 0) from help_request where hub_id = " + hubId),
					longs(db, "select id from hub_need n where hub_id = " + hubId
							+ " and not exists (select 1 from hub_need c where c.parent_id = n.id)"),
					regions, longs(db, "select id from thematic_group"),
					longs(db, "select person_id from hub_membership where role = 'STAFF' and hub_id = " + hubId),
					text(db, "select password_hash from person where username = 'requester'"));
		}

		static long single(Connection db, String sql) throws SQLException {
			try (Statement s = db.createStatement(); ResultSet r = s.executeQuery(sql)) {
				r.next();
				return r.getLong(1);
			}
		}

		private static String text(Connection db, String sql) throws SQLException {
			try (Statement s = db.createStatement(); ResultSet r = s.executeQuery(sql)) {
				if (!r.next()) {
					throw new IllegalStateException("No demo account 'requester': run the application once with the demo profile");
				}
				return r.getString(1);
			}
		}

		private static List<Long> longs(Connection db, String sql) throws SQLException {
			List<Long> out = new ArrayList<>();
			try (Statement s = db.createStatement(); ResultSet r = s.executeQuery(sql)) {
				while (r.next()) {
					out.add(r.getLong(1));
				}
			}
			return out;
		}
	}

	/** The next free id of every table the generator writes, handed out as rows are made. */
	static final class Ids {

		static final List<String> TABLES = List.of("affiliate", "partner_institution", "person", "hub_membership",
				"help_request", "request_message", "request_timeline", "request_attachment", "request_milestone",
				"request_time_entry", "notification", "committee_meeting", "committee_agenda_item", "committee_conflict",
				"committee_review", "committee_score_history", "committee_comment", "committee_decision");

		private final Map<String, Long> next = new LinkedHashMap<>();

		static Ids after(Connection db) throws SQLException {
			Ids ids = new Ids();
			for (String table : TABLES) {
				ids.next.put(table, Existing.single(db, "select coalesce(max(id), 0) + 1 from " + table));
			}
			return ids;
		}

		long take(String table) {
			return next.merge(table, 1L, Long::sum) - 1;
		}

		Map<String, Long> next() {
			return next;
		}
	}

}
