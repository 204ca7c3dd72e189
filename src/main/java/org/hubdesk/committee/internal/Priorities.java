package org.hubdesk.committee.internal;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.hubdesk.committee.ranking.Ranking;
import org.hubdesk.directory.Affiliate;
import org.hubdesk.hub.Hub;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The hub's priority ranking now: the requests in review and those accepted but not yet started,
 * scored by the current rubric from the reviews of the members not conflicted on them, with the
 * equity term over the last 365 days and the capacity line for this quarter
 * ({@link org.hubdesk.committee.ranking.PriorityRanking} computes; {@link RankingInputs} reads what
 * it computes from).
 *
 * <p>What was read is kept per hub. A member's saved review reads that request's reviews again
 * ({@link RankingChanges}); a request entering or leaving review, an agenda, a decision, a conflict, the
 * rubric, the settings, the committee's seats, its members' affiliations or the affiliates' regions
 * and types read it all again; and so does the first view after {@link #KEPT}, which bounds how old
 * the figures behind the equity term and the capacity line (hours, estimates, the requesters'
 * countries) can be: the page says when they were read.
 */
@Service
@Transactional(readOnly = true)
public class Priorities {

	/** How long what was read is kept at most. */
	static final Duration KEPT = Duration.ofMinutes(5);

	/** A ranked request as the pages show it, with who requests it and for which affiliate. */
	public record Candidate(long id, int number, String reference, String title, Set<Long> requesters,
			Long affiliateId) {
	}

	/**
	 * The ranking with what the viewers' pages need: the ranked requests by id, the committee, the
	 * members conflicted on each, those who have scored each completely, and when the figures were read.
	 */
	public record Ranked(Ranking ranking, Map<Long, Candidate> requests, Set<Long> committee,
			Map<Long, Set<Long>> conflicted, Map<Long, Set<Long>> complete, Instant figuresAsOf) {

		/**
		 * Whether the person is conflicted on the request: for the committee's members as
		 * {@link Conflicts} rules; for anyone else, by requesting it or declaring an affiliation with
		 * its affiliate (one of {@code affiliates}).
		 */
		public boolean conflicted(long requestId, long personId, Set<Long> affiliates) {
			if (committee.contains(personId)) {
				return conflicted.getOrDefault(requestId, Set.of()).contains(personId);
			}
			Candidate request = requests.get(requestId);
			return request != null && (request.requesters().contains(personId)
					|| request.affiliateId() != null && affiliates.contains(request.affiliateId()));
		}

		public boolean scored(long requestId, long personId) {
			return complete.getOrDefault(requestId, Set.of()).contains(personId);
		}
	}

	/** What was read for a hub, under its key, and the ranking computed from it. */
	private record Kept(List<Object> key, RankingInputs.Gathered gathered, Ranked ranked) {
	}

	private final RankingInputs inputs;
	private final Conflicts conflicts;
	private final RequestGroups requestGroups;
	private final JdbcTemplate jdbc;
	private final java.time.Clock clock;
	private final RankingChanges changes;
	private final Map<Long, Kept> kept = new ConcurrentHashMap<>();

	Priorities(RankingInputs inputs, RankingChanges changes, Conflicts conflicts, RequestGroups requestGroups, JdbcTemplate jdbc,
			java.time.Clock clock) {
		this.changes = changes;
		this.inputs = inputs;
		this.conflicts = conflicts;
		this.requestGroups = requestGroups;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	public Ranked rank(Hub hub) {
		Map<Long, Affiliate> affiliates = requestGroups.affiliates();
		Instant now = clock.instant();
		List<Object> key = key(hub, affiliates, now);
		Set<Long> saved = changes.reviewedIn(hub.getId());
		synchronized (saved) {
			Set<Long> since = Set.copyOf(saved);
			saved.removeAll(since);
			Kept last = kept.get(hub.getId());
			if (last != null && last.key().equals(key) && last.gathered().asOf.plus(KEPT).isAfter(now)) {
				if (since.isEmpty()) {
					return last.ranked();
				}
				inputs.refresh(last.gathered(), since);
				Kept again = new Kept(key, last.gathered(), last.gathered().rank());
				kept.put(hub.getId(), again);
				return again.ranked();
			}
			RankingInputs.Gathered gathered = inputs.gather(hub, affiliates, now);
			Kept fresh = new Kept(key, gathered, gathered.rank());
			kept.put(hub.getId(), fresh);
			return fresh.ranked();
		}
	}

	/** What the ranking rests on besides the reviews, as far as it can be read cheaply; another key reads it all again. */
	private List<Object> key(Hub hub, Map<Long, Affiliate> affiliates, Instant now) {
		Set<Long> committee = conflicts.committee(hub);
		Map<Long, Set<Long>> affiliations = conflicts.affiliations(committee);
		Map<Long, String> groups = new HashMap<>();
		affiliates.forEach((id, a) -> groups.put(id, a.getType() + "/" + (a.getRegion() == null ? "" : a.getRegion().getCode())));
		return List.of(now.atZone(ZoneOffset.UTC).toLocalDate(), changes.moves(), stamp(), committee, affiliations, groups);
	}

	/** A reading of the committee's own records that changes with every write but a review. */
	private String stamp() {
		return jdbc.queryForObject("select concat((select max(id) from committee_agenda_item), '/',"
				+ " (select max(id) from committee_decision), '/', (select max(id) from committee_rubric), '/',"
				+ " (select concat(count(*), ':', sum(version)) from committee_conflict), '/',"
				+ " (select concat(count(*), ':', sum(version)) from committee_settings))", String.class);
	}
}
