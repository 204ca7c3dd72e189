package org.hubdesk.bench.data;

import static org.hubdesk.bench.data.Vocabulary.pick;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

import org.hubdesk.bench.data.Generator.Existing;
import org.hubdesk.bench.data.Generator.Ids;

/**
 * The directory and the people of a generated hub: affiliates, partner institutions, staff, committee
 * members and requesters.
 */
final class People {

	private static final String[] AFFILIATE_FORMS = { "Wikimedia %s", "Wikimedians of %s User Group",
			"%s GLAM Volunteers", "Open Heritage %s" };

	private static final String[] SIZES = { "SMALL", "MEDIUM", "LARGE" };

	/** A generated requester: their person id, interface language and affiliate. */
	record Requester(long id, String username, String language, long affiliateId) {
	}

	private final Connection db;
	private final SplittableRandom random;
	private final Ids ids;
	private final Existing existing;
	private final Instant now;

	People(Connection db, SplittableRandom random, Ids ids, Existing existing, Instant now) {
		this.db = db;
		this.random = random;
		this.ids = ids;
		this.existing = existing;
		this.now = now;
	}

	List<Long> affiliates(int count, Map<String, Long> counts) throws SQLException {
		List<Long> out = new ArrayList<>();
		try (Batch rows = new Batch(db, "affiliate", "id", "name", "type", "country_code", "region_id", "size",
				"website", "created_at")) {
			for (int i = 0; i < count; i++) {
				String[] country = Vocabulary.COUNTRIES.get(i % Vocabulary.COUNTRIES.size());
				String form = AFFILIATE_FORMS[(i / Vocabulary.COUNTRIES.size()) % AFFILIATE_FORMS.length];
				int round = i / (Vocabulary.COUNTRIES.size() * AFFILIATE_FORMS.length);
				String name = "Bench " + String.format(form, country[2]) + (round == 0 ? "" : " " + (round + 1));
				long id = ids.take("affiliate");
				rows.add(id, name, i % 7 == 0 ? "CHAPTER" : i % 11 == 0 ? "THEMATIC_ORGANISATION" : "USER_GROUP",
						country[1], existing.regions().get(country[0]), SIZES[random.nextInt(SIZES.length)],
						null, daysAgo(2000 + random.nextInt(2000)));
				out.add(id);
			}
			counts.put("affiliates", rows.rows());
		}
		return out;
	}

	/** Partner institutions as {name, Wikidata id}. */
	List<String[]> partners(int count, Map<String, Long> counts) throws SQLException {
		List<String[]> out = new ArrayList<>();
		try (Batch rows = new Batch(db, "partner_institution", "id", "name", "wikidata_qid", "country_code", "website",
				"created_at")) {
			for (int i = 0; i < count; i++) {
				String city = pick(random, Vocabulary.CITIES);
				boolean swedish = random.nextInt(3) == 0;
				String name = String.format(pick(random, swedish ? Vocabulary.INSTITUTIONS_SV : Vocabulary.INSTITUTIONS_EN),
						city) + (i < 200 ? "" : " (" + (i / 200) + ")");
				String qid = "Q" + (100_000 + random.nextInt(90_000_000));
				rows.add(ids.take("partner_institution"), name, qid, swedish ? "SE" : null, null,
						daysAgo(random.nextInt(2000)));
				out.add(new String[] { name, qid, city });
			}
			counts.put("partner institutions", rows.rows());
		}
		return out;
	}

	List<Long> staff(int count, Map<String, Long> counts) throws SQLException {
		return seated(Generator.STAFF_PREFIX, count, "STAFF", 3000, 2, "staff", counts);
	}

	/** The committee's generated members: each sits on the hub's committee. */
	List<Long> members(int count, Map<String, Long> counts) throws SQLException {
		return seated(Generator.MEMBER_PREFIX, count, "COMMITTEE_MEMBER", 2500, 3, "committee members", counts);
	}

	/**
	 * {@code count} people holding the role in the hub for {@code daysAgo} days, every {@code swedishEvery}th
	 * with Swedish as their language, counted under {@code name}.
	 */
	private List<Long> seated(String prefix, int count, String role, int daysAgo, int swedishEvery, String name,
			Map<String, Long> counts) throws SQLException {
		List<Long> out = new ArrayList<>();
		try (Batch persons = person(); Batch roles = new Batch(db, "hub_membership", "id", "hub_id", "person_id",
				"role", "granted_at")) {
			for (int i = 1; i <= count; i++) {
				long id = addPerson(persons, prefix + i, i % swedishEvery == 0 ? "sv" : "en");
				roles.add(ids.take("hub_membership"), existing.hubId(), id, role, daysAgo(daysAgo));
				out.add(id);
			}
			persons.flush();
			counts.put(name, persons.rows());
		}
		return out;
	}

	List<Requester> requesters(int count, List<Long> affiliates, Map<String, Long> counts) throws SQLException {
		List<Requester> out = new ArrayList<>();
		try (Batch persons = person(); Batch affiliations = new Batch(db, "person_affiliation", "person_id",
				"affiliate_id", "verified", "declared_at")) {
			for (int i = 1; i <= count; i++) {
				String language = random.nextInt(5) < 2 ? "sv" : "en";
				String username = Generator.REQUESTER_PREFIX + i;
				long id = addPerson(persons, username, language);
				long affiliate = pick(random, affiliates);
				affiliations.add(id, affiliate, random.nextBoolean(), daysAgo(random.nextInt(2000)));
				out.add(new Requester(id, username, language, affiliate));
				if (persons.full()) {
					persons.flush();
					affiliations.flush();
				}
			}
			persons.flush();
			counts.put("requesters", persons.rows());
		}
		return out;
	}

	private Batch person() throws SQLException {
		return new Batch(db, "person", "id", "username", "display_name", "email", "password_hash", "language",
				"time_zone", "instance_admin", "failed_sign_ins", "created_at");
	}

	private long addPerson(Batch persons, String username, String language) throws SQLException {
		long id = ids.take("person");
		String name = pick(random, Vocabulary.FIRST_NAMES) + " " + pick(random, Vocabulary.LAST_NAMES);
		persons.add(id, username, name, username + "@hubdesk.invalid", existing.passwordHash(), language,
				"sv".equals(language) ? "Europe/Stockholm" : "UTC", false, 0, daysAgo(random.nextInt(2500)));
		return id;
	}

	private Instant daysAgo(int days) {
		return now.minus(Duration.ofDays(days));
	}

}
