package org.hubdesk.bench.data;

import static org.hubdesk.bench.data.Vocabulary.pick;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

import org.hubdesk.bench.data.Generator.Existing;
import org.hubdesk.bench.data.Generator.Ids;

/**
 * The committee's six years: a meeting on the tenth of every month, and one coming in three weeks.
 * Every request that went to review (decided: accepted and on, declined, deferred, referred; or in
 * review now) is on an agenda: the one after its submission, the coming one for those in review.
 * On a decided request every one of the committee's members not conflicted on it scored every
 * criterion (a few revised a score, kept in the history), voted, and the chair recorded the decision
 * with the members taking part; on a request in review now some have scored. A few requests carry a
 * conflict a member declared and the chair confirmed, and some a discussion.
 */
final class CommitteeRows {

	private static final List<String> DECIDED = List.of("ACCEPTED", "IN_PROGRESS", "COMPLETED", "DECLINED",
			"DEFERRED", "REFERRED");

	private static final List<String> COMMENTS = List.of(
			"The rights look cleared, but the metadata needs a day of work before upload.",
			"Strong fit with the articles on local history; the category plan is good.",
			"I would like to see how the files will be used before we commit staff time.",
			"Materialet är unikt och saknas helt på Commons.",
			"Vi bör be om en plan för hur bilderna ska användas i artiklarna.",
			"Their volunteers can do most of the work themselves with a short training.");

	private static final List<String> SCORE_NOTES = List.of("Clear plan for use in articles.",
			"Rights need checking for the oldest items.", "Small team, but committed.", "Bra metadata.",
			"Depends on one volunteer.");

	private final Connection db;
	private final SplittableRandom random;
	private final Ids ids;
	private final Existing existing;
	private final Instant now;
	private final Tables tables;
	private long firstMeeting;

	CommitteeRows(Connection db, SplittableRandom random, Ids ids, Existing existing, Instant now) {
		this.db = db;
		this.random = random;
		this.ids = ids;
		this.existing = existing;
		this.now = now;
		this.tables = new Tables(db);
	}

	/** A criterion of the hub's current rubric: its id and whether it is a gate. */
	private record Criterion(long id, boolean gate) {
	}

	void write(List<Long> members, Map<String, Long> counts) throws SQLException {
		long rubric = Existing.single(db, "select id from committee_rubric where hub_id = " + existing.hubId()
				+ " order by number desc limit 1");
		long chair = Existing.single(db, "select person_id from hub_membership where role = 'COMMITTEE_CHAIR' and hub_id = "
				+ existing.hubId() + " order by person_id limit 1");
		List<Criterion> criteria = new ArrayList<>();
		try (Statement s = db.createStatement(); ResultSet r = s.executeQuery(
				"select id, scale from committee_criterion where rubric_id = " + rubric + " order by position")) {
			while (r.next()) {
				criteria.add(new Criterion(r.getLong(1), "GATE".equals(r.getString(2))));
			}
		}
		open();
		List<Instant> meetings = meetings();
		Instant coming = meetings.get(meetings.size() - 1);
		int written = 0;
		try (PreparedStatement s = db.prepareStatement("select id, state, submitted_at from help_request"
				+ " where hub_id = ? and number > ? and (state = 'IN_REVIEW' or state = any (?)) order by submitted_at")) {
			s.setLong(1, existing.hubId());
			s.setInt(2, existing.lastNumber());
			s.setArray(3, db.createArrayOf("varchar", DECIDED.toArray()));
			List<Object[]> rows = new ArrayList<>();
			try (ResultSet r = s.executeQuery()) {
				while (r.next()) {
					rows.add(new Object[] { r.getLong(1), r.getString(2), r.getObject(3, java.time.OffsetDateTime.class).toInstant() });
				}
			}
			for (Object[] row : rows) {
				long request = (Long) row[0];
				String state = (String) row[1];
				Instant submitted = (Instant) row[2];
				boolean decided = !"IN_REVIEW".equals(state);
				Instant meeting = decided ? meetingAfter(meetings, submitted) : coming;
				item(request, state, submitted, meeting, meetingId(meetings, meeting), decided, members, chair, rubric,
						criteria);
				if (++written % 500 == 0) {
					tables.flush();
				}
				if (written % 10_000 == 0) {
					db.commit();
				}
			}
		}
		tables.close(counts);
	}

	/** The tenth of each month at 15:00 UTC over the six years, and the coming meeting three weeks from now. */
	private List<Instant> meetings() throws SQLException {
		List<Instant> out = new ArrayList<>();
		LocalDate day = LocalDate.ofInstant(now, ZoneOffset.UTC).minusYears(6).withDayOfMonth(10);
		Instant last = now.minus(Duration.ofDays(2));
		while (!day.atTime(15, 0).toInstant(ZoneOffset.UTC).isAfter(last)) {
			out.add(day.atTime(15, 0).toInstant(ZoneOffset.UTC));
			day = day.plusMonths(1);
		}
		out.add(now.plus(Duration.ofDays(21)).truncatedTo(java.time.temporal.ChronoUnit.HOURS));
		firstMeeting = ids.next().get("committee_meeting");
		try (Batch batch = new Batch(db, "committee_meeting", "id", "hub_id", "starts_at", "minutes", "video_link",
				"created_at")) {
			for (Instant at : out) {
				batch.add(ids.take("committee_meeting"), existing.hubId(), at, 120,
						"https://meet.example.org/committee-" + LocalDate.ofInstant(at, ZoneOffset.UTC),
						at.minus(Duration.ofDays(30)));
			}
		}
		return out;
	}

	private long meetingId(List<Instant> meetings, Instant meeting) {
		return firstMeeting + meetings.indexOf(meeting);
	}

	/** The first past meeting at least three days after the submission; the last past one when none is. */
	private static Instant meetingAfter(List<Instant> meetings, Instant submitted) {
		Instant earliest = submitted.plus(Duration.ofDays(3));
		for (int i = 0; i < meetings.size() - 1; i++) {
			if (!meetings.get(i).isBefore(earliest)) {
				return meetings.get(i);
			}
		}
		return meetings.get(meetings.size() - 2);
	}

	private void item(long request, String state, Instant submitted, Instant meeting, long meetingId, boolean decided,
			List<Long> members, long chair, long rubric, List<Criterion> criteria) throws SQLException {
		long item = ids.take("committee_agenda_item");
		Instant added = max(submitted.plus(Duration.ofHours(2)), meeting.minus(Duration.ofDays(25)));
		tables.get("committee_agenda_item").add(item, meetingId, request, added, chair,
				decided ? meeting.plus(Duration.ofHours(1)) : null);
		Long conflicted = random.nextInt(30) == 0 ? pick(random, members) : null;
		if (conflicted != null) {
			tables.get("committee_conflict").add(ids.take("committee_conflict"), request, conflicted, "DECLARED",
					"CONFIRMED", "I advised this partner institution last year.", added.plus(Duration.ofHours(5)),
					"A recent working relationship.", chair, added.plus(Duration.ofDays(1)));
		}
		String outcome = outcome(state);
		int quality = "ACCEPT".equals(outcome) ? 3 + random.nextInt(3) : 1 + random.nextInt(4);
		Instant scoredBy = decided ? meeting : now.minus(Duration.ofHours(1));
		for (long member : members) {
			if (Long.valueOf(member).equals(conflicted) || (!decided && random.nextInt(3) == 0)) {
				continue;
			}
			Instant at = max(added.plus(Duration.ofHours(1)), scoredBy.minus(Duration.ofHours(1 + random.nextInt(400))));
			long review = ids.take("committee_review");
			tables.get("committee_review").add(review, item, member, rubric, at, at);
			for (Criterion c : criteria) {
				int score = c.gate() ? ("DECLINE".equals(outcome) && random.nextInt(3) == 0 ? 0 : 1)
						: Math.max(1, Math.min(5, quality + random.nextInt(3) - 1));
				tables.get("committee_score").add(review, c.id(), score,
						random.nextInt(10) == 0 ? pick(random, SCORE_NOTES) : null);
				if (random.nextInt(60) == 0) {
					tables.get("committee_score_history").add(ids.take("committee_score_history"), review, c.id(),
							c.gate() ? 2 : Math.max(1, score - 1), null, at.minus(Duration.ofHours(3)));
				}
			}
			if (decided) {
				tables.get("committee_vote").add(item, member, outcome, pick(random, COMMENTS), at);
			}
		}
		for (int k = random.nextInt(4) - 1; k > 0; k--) {
			tables.get("committee_comment").add(ids.take("committee_comment"), item, pick(random, members),
					pick(random, COMMENTS), max(added, scoredBy.minus(Duration.ofHours(random.nextInt(200)))));
		}
		if (decided) {
			long decision = ids.take("committee_decision");
			boolean consensus = random.nextInt(3) == 0;
			tables.get("committee_decision").add(decision, item, request, existing.hubId(), outcome,
					"Scored against the rubric at the meeting; the reasons are in the members' reviews.",
					"The committee weighed usefulness on the platforms, feasibility and capacity.", rubric, consensus,
					chair, meeting.plus(Duration.ofHours(1)));
			for (long member : members) {
				if (!Long.valueOf(member).equals(conflicted)) {
					tables.get("committee_decision_member").add(decision, member, consensus ? null : outcome);
				}
			}
		}
	}

	private static String outcome(String state) {
		return switch (state) {
			case "DECLINED" -> "DECLINE";
			case "DEFERRED" -> "DEFER";
			case "REFERRED" -> "REFER";
			default -> "ACCEPT";
		};
	}

	private void open() throws SQLException {
		tables.open("committee_agenda_item", "id", "meeting_id", "request_id", "added_at", "added_by", "decided_at");
		tables.open("committee_conflict", "id", "request_id", "member_id", "source", "status", "reason", "declared_at",
				"ruling_reason", "ruled_by", "ruled_at");
		tables.open("committee_review", "id", "agenda_item_id", "member_id", "rubric_id", "submitted_at", "updated_at");
		tables.open("committee_score", "review_id", "criterion_id", "score", "comment");
		tables.open("committee_score_history", "id", "review_id", "criterion_id", "score", "comment", "replaced_at");
		tables.open("committee_vote", "agenda_item_id", "member_id", "choice", "reason", "voted_at");
		tables.open("committee_comment", "id", "agenda_item_id", "author_id", "body", "posted_at");
		tables.open("committee_decision", "id", "agenda_item_id", "request_id", "hub_id", "outcome", "reasons",
				"public_summary", "rubric_id", "by_consensus", "decided_by", "decided_at");
		tables.open("committee_decision_member", "decision_id", "member_id", "vote");
	}




	private static Instant max(Instant a, Instant b) {
		return a.isAfter(b) ? a : b;
	}

}
