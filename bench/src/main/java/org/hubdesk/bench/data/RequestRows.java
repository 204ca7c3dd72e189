package org.hubdesk.bench.data;

import static org.hubdesk.bench.data.Vocabulary.pick;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.UUID;

import org.hubdesk.bench.data.Generator.Existing;
import org.hubdesk.bench.data.Generator.Ids;
import org.hubdesk.bench.data.People.Requester;

/**
 * The requests of a generated hub, oldest first over six years: the older ones mostly finished
 * (completed, closed, declined, referred, withdrawn), the newest eighth open in every working state.
 * Each comes with its conversation (about ten messages, a fifth of staff's being internal notes),
 * its timeline, needs, tags, attachments, milestones, hours, outcome and notifications.
 */
final class RequestRows {

	private static final Duration SPAN = Duration.ofDays(6 * 365);

	private static final String[] OPEN = { "DRAFT", "SUBMITTED", "SUBMITTED", "TRIAGE", "TRIAGE", "TRIAGE",
			"WAITING_FOR_REQUESTER", "WAITING_FOR_REQUESTER", "IN_REVIEW", "IN_REVIEW", "ACCEPTED", "IN_PROGRESS",
			"IN_PROGRESS", "IN_PROGRESS", "DEFERRED" };

	private static final String[] OLD = { "COMPLETED", "COMPLETED", "COMPLETED", "COMPLETED", "COMPLETED",
			"COMPLETED", "CLOSED", "CLOSED", "CLOSED", "DECLINED", "DECLINED", "REFERRED", "REFERRED", "WITHDRAWN",
			"IN_PROGRESS" };

	private static final String[] PLATFORMS = { "COMMONS", "WIKIDATA", "WIKIPEDIA", "WIKISOURCE" };

	private static final String[] RESOLUTIONS = { "ANSWERED", "ANSWERED", "ANSWERED", "OUT_OF_SCOPE", "DUPLICATE", "SPAM" };

	private final Connection db;
	private final SplittableRandom random;
	private final Ids ids;
	private final Existing existing;
	private final Instant now;
	private final Tables tables;

	RequestRows(Connection db, SplittableRandom random, Ids ids, Existing existing, Instant now) {
		this.db = db;
		this.random = random;
		this.ids = ids;
		this.existing = existing;
		this.now = now;
		this.tables = new Tables(db);
	}

	void write(int count, List<Requester> requesters, List<Long> staff, List<Long> affiliates, List<String[]> partners,
			Map<String, Long> counts) throws SQLException {
		open();
		int number = existing.lastNumber() + 1;
		Instant start = now.minus(SPAN);
		long step = SPAN.toSeconds() / count;
		for (int i = 0; i < count; i++) {
			Instant created = start.plusSeconds(i * step + random.nextLong(Math.max(1, step)));
			boolean recent = i >= count - count / 8;
			String state = recent ? one(OPEN) : one(OLD);
			Requester requester = requesters.get(random.nextInt(requesters.size()));
			request(created, state, "DRAFT".equals(state) ? null : number++, requester, requesters, staff, affiliates,
					partners);
			if (i % 200 == 199) {
				tables.flush();
			}
			if (i % 5000 == 4999) {
				db.commit();
			}
		}
		tables.close(counts);
	}

	private void request(Instant created, String state, Integer number, Requester requester, List<Requester> requesters,
			List<Long> staff, List<Long> affiliates, List<String[]> partners) throws SQLException {
		long id = ids.take("help_request");
		boolean swedish = "sv".equals(requester.language());
		String[] partner = pick(random, partners);
		String collection = pick(random, swedish ? Vocabulary.COLLECTIONS_SV : Vocabulary.COLLECTIONS_EN);
		String title = Vocabulary.fill(pick(random, swedish ? Vocabulary.TITLES_SV : Vocabulary.TITLES_EN), random,
				collection, partner[0], partner[2]);
		boolean draft = number == null;
		Instant submitted = draft ? null : min(created.plus(Duration.ofMinutes(5 + random.nextInt(600))), now.minusSeconds(120));
		boolean answered = !draft && !"SUBMITTED".equals(state) && random.nextInt(10) > 0;
		Instant firstResponse = answered ? submitted.plus(Duration.ofHours(1 + random.nextInt(96))) : null;
		Long assignee = draft || "SUBMITTED".equals(state) || ("TRIAGE".equals(state) && random.nextBoolean()) ? null
				: pick(random, staff);
		Instant updated = draft ? created : latest(submitted);
		int messages = draft ? 0 : "SUBMITTED".equals(state) ? random.nextInt(2) : 2 + random.nextInt(17);
		tables.get("help_request").add(id, existing.hubId(), number, title, state, requester.id(), requester.id(),
				random.nextInt(8) == 0 ? null : requester.affiliateId(),
				random.nextInt(8) == 0 ? "Local history society of " + partner[2] : null, partner[0], partner[1],
				pick(random, Vocabulary.CONTENT_TYPES), (100 + random.nextInt(20_000)) + " files",
				random.nextInt(3) == 0 ? "IN_NEGOTIATION" : "CLEARED", platforms(),
				sentence(swedish ? Vocabulary.REQUESTER_SV : Vocabulary.REQUESTER_EN, collection, partner),
				existing.thematicGroups().isEmpty() || random.nextInt(4) > 0 ? null : pick(random, existing.thematicGroups()),
				requester.language(), swedish ? "inom ett halvår" : "within six months",
				sentence(swedish ? Vocabulary.REQUESTER_SV : Vocabulary.REQUESTER_EN, collection, partner) + " "
						+ sentence(swedish ? Vocabulary.REQUESTER_SV : Vocabulary.REQUESTER_EN, collection, partner),
				random.nextBoolean(), null, BigDecimal.valueOf(2 + random.nextInt(80)), assignee,
				"CLOSED".equals(state) ? one(RESOLUTIONS) : null, created, submitted, firstResponse,
				"WAITING_FOR_REQUESTER".equals(state) ? updated : null, null, updated);
		for (long need : distinct(existing.needLeaves(), 1 + random.nextInt(3))) {
			tables.get("help_request_need").add(id, need);
		}
		for (String tag : distinct(Vocabulary.TAGS, random.nextInt(3))) {
			tables.get("help_request_tag").add(id, tag);
		}
		if (random.nextInt(12) == 0) {
			Requester other = requesters.get(random.nextInt(requesters.size()));
			if (other.id() != requester.id()) {
				tables.get("help_request_co_requester").add(id, other.id());
			}
		}
		timeline(id, created, requester.id(), "CREATED", false, null, null, null, null);
		if (draft) {
			return;
		}
		timeline(id, submitted, requester.id(), "SUBMITTED", false, null, null, null, null);
		if (!"SUBMITTED".equals(state)) {
			timeline(id, submitted.plusSeconds(60), assignee, "STATUS_CHANGED", false, "SUBMITTED", "TRIAGE", null, null);
		}
		if (assignee != null) {
			timeline(id, submitted.plusSeconds(120), assignee, "ASSIGNED", true, null, null, null, "bench-staff");
		}
		conversation(id, submitted, updated, messages, requester, assignee != null ? assignee : pick(random, staff),
				swedish, collection, partner);
		if (!"TRIAGE".equals(state) && !"SUBMITTED".equals(state)) {
			timeline(id, updated, assignee, "STATUS_CHANGED", false, "TRIAGE", state, null, null);
		}
		if (random.nextInt(4) == 0) {
			attachments(id, submitted, requester.id());
		}
		work(id, state, submitted, updated, assignee, swedish, collection, partner);
		notifications(number, title, submitted, updated, requester.id(), staff);
	}

	private void conversation(long requestId, Instant from, Instant to, int count, Requester requester, long staffer,
			boolean swedish, String collection, String[] partner) throws SQLException {
		long gap = Math.max(1, Duration.between(from, to).toSeconds() / Math.max(1, count));
		for (int m = 0; m < count; m++) {
			Instant at = from.plusSeconds(gap * m + random.nextLong(gap));
			boolean byStaff = m % 2 == 1;
			boolean internal = byStaff && random.nextInt(5) == 0;
			String body = internal ? pick(random, Vocabulary.NOTES)
					: sentence(byStaff ? (swedish ? Vocabulary.STAFF_SV : Vocabulary.STAFF_EN)
							: (swedish ? Vocabulary.REQUESTER_SV : Vocabulary.REQUESTER_EN), collection, partner)
							+ (random.nextBoolean() ? "" : "\n\n" + sentence(byStaff
									? (swedish ? Vocabulary.STAFF_SV : Vocabulary.STAFF_EN)
									: (swedish ? Vocabulary.REQUESTER_SV : Vocabulary.REQUESTER_EN), collection, partner));
			long messageId = ids.take("request_message");
			long author = byStaff ? staffer : requester.id();
			tables.get("request_message").add(messageId, requestId, author, body, internal, at);
			timeline(requestId, at, author, internal ? "NOTE" : "MESSAGE", internal, null, null, messageId, null);
		}
	}

	private void attachments(long requestId, Instant at, long uploader) throws SQLException {
		for (int a = 0, n = 1 + random.nextInt(2); a < n; a++) {
			String[] file = pick(random, Vocabulary.FILE_TYPES).split(":");
			String sha = UUID.randomUUID().toString().replace("-", "") + UUID.randomUUID().toString().replace("-", "");
			tables.get("request_attachment").add(ids.take("request_attachment"), requestId, null, file[0], file[1],
					(long) (10_000 + random.nextInt(5_000_000)), sha, "bench/" + UUID.randomUUID(), uploader, at);
		}
	}

	private void work(long requestId, String state, Instant from, Instant to, Long assignee, boolean swedish,
			String collection, String[] partner) throws SQLException {
		boolean working = "ACCEPTED".equals(state) || "IN_PROGRESS".equals(state) || "COMPLETED".equals(state);
		if (!working) {
			return;
		}
		boolean done = "COMPLETED".equals(state);
		for (int k = 0, n = 2 + random.nextInt(3); k < n; k++) {
			tables.get("request_milestone").add(ids.take("request_milestone"), requestId,
					(swedish ? "Etapp " : "Milestone ") + (k + 1) + ": " + collection,
					LocalDate.ofInstant(to, ZoneOffset.UTC).plusDays(14L * k), done || random.nextInt(3) == 0, from);
		}
		if (assignee != null && !"ACCEPTED".equals(state)) {
			for (int k = 0, n = 1 + random.nextInt(4); k < n; k++) {
				tables.get("request_time_entry").add(ids.take("request_time_entry"), requestId, assignee,
						LocalDate.ofInstant(from, ZoneOffset.UTC).plusDays(k), BigDecimal.valueOf(1 + random.nextInt(8)),
						"Upload and metadata work", from);
			}
		}
		if (done) {
			tables.get("request_outcome").add(requestId,
					sentence(swedish ? Vocabulary.STAFF_SV : Vocabulary.STAFF_EN, collection, partner),
					"https://commons.wikimedia.org/wiki/Category:" + partner[0].replace(' ', '_'),
					assignee == null ? existing.staffIds().get(0) : assignee, to);
		}
	}

	/** Every staff member heard of the new request; the requester heard of the latest reply. */
	private void notifications(int number, String title, Instant submitted, Instant updated,
			long requesterId, List<Long> staff) throws SQLException {
		String reference = existing.prefix() + "-" + number;
		String link = "/hubs/" + Generator.HUB + "/requests/" + number;
		boolean fresh = Duration.between(updated, now).toDays() < 14;
		String shortTitle = title.length() > 300 ? title.substring(0, 300) : title;
		for (long person : staff) {
			notification(person, "request.new-request", reference, shortTitle, link, submitted,
					fresh && random.nextInt(3) == 0 ? null : submitted);
		}
		notification(requesterId, "request.reply", reference, shortTitle, link, updated,
				fresh && random.nextBoolean() ? null : updated);
	}

	/** A notification of one of the request module's kinds, with the facts its text needs. */
	private void notification(long person, String kind, String reference, String title, String link, Instant at,
			Instant readAt) throws SQLException {
		long id = ids.take("notification");
		tables.get("notification").add(id, person, existing.hubId(), kind, link, at, readAt);
		tables.get("notification_fact").add(id, "reference", reference);
		tables.get("notification_fact").add(id, "title", title);
	}

	private void timeline(long requestId, Instant at, Long actor, String kind, boolean internal, String from, String to,
			Long messageId, String detail) throws SQLException {
		tables.get("request_timeline").add(ids.take("request_timeline"), requestId, at, actor, "request." + kind,
				internal ? "STAFF" : "EVERYONE", from, to, null, detail, messageId);
	}

	private void open() throws SQLException {
		tables.open("help_request", "id", "hub_id", "number", "title", "state", "requester_id", "created_by_id",
				"affiliate_id", "affiliate_other", "partner_name", "partner_qid", "content_types", "estimated_volume",
				"rights_status", "platforms", "usefulness_plan", "thematic_group_id", "language", "desired_timeline",
				"description", "consent_to_publish", "summary", "estimated_effort_hours", "assignee_id", "resolution",
				"created_at", "submitted_at", "first_response_at", "waiting_since", "reminded_at", "updated_at");
		tables.open("help_request_need", "request_id", "need_id");
		tables.open("help_request_tag", "request_id", "tag");
		tables.open("help_request_co_requester", "request_id", "person_id");
		tables.open("request_message", "id", "request_id", "author_id", "body", "internal", "created_at");
		tables.open("request_timeline", "id", "request_id", "at", "actor_id", "kind", "audience", "from_state", "to_state",
				"field", "detail", "message_id");
		tables.open("request_attachment", "id", "request_id", "message_id", "file_name", "content_type", "size_bytes",
				"sha256", "storage_key", "uploaded_by", "created_at");
		tables.open("request_milestone", "id", "request_id", "title", "due_date", "done", "created_at");
		tables.open("request_time_entry", "id", "request_id", "person_id", "work_date", "hours", "note", "created_at");
		tables.open("request_outcome", "request_id", "summary", "links", "author_id", "written_at");
		tables.open("notification", "id", "person_id", "hub_id", "kind", "link", "created_at", "read_at");
		tables.open("notification_fact", "notification_id", "name", "content");
	}




	private static Instant min(Instant a, Instant b) {
		return a.isBefore(b) ? a : b;
	}

	private Instant latest(Instant submitted) {
		long room = Math.max(60, Duration.between(submitted, now).toSeconds());
		return submitted.plusSeconds(Math.min(room - 30, 3600 + random.nextLong(Math.min(room, 120L * 24 * 3600))));
	}

	private String sentence(List<String> templates, String collection, String[] partner) {
		return Vocabulary.fill(pick(random, templates), random, collection, partner[0], partner[2]);
	}

	private String platforms() {
		Set<String> chosen = new java.util.TreeSet<>();
		chosen.add(PLATFORMS[random.nextInt(PLATFORMS.length)]);
		if (random.nextBoolean()) {
			chosen.add(PLATFORMS[random.nextInt(PLATFORMS.length)]);
		}
		return String.join(",", chosen);
	}

	private String one(String[] values) {
		return values[random.nextInt(values.length)];
	}

	private <T> List<T> distinct(List<T> from, int n) {
		Set<T> out = new LinkedHashSet<>();
		while (out.size() < Math.min(n, from.size())) {
			out.add(pick(random, from));
		}
		return new ArrayList<>(out);
	}

}
