package org.hubdesk.committee.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.hubdesk.committee.DecisionRecorded;
import org.hubdesk.hub.Hub;
import org.hubdesk.identity.People;
import org.hubdesk.identity.Person;
import org.hubdesk.request.Audience;
import org.hubdesk.request.HelpRequest;
import org.hubdesk.request.Mover;
import org.hubdesk.request.RequestState;
import org.hubdesk.request.RequestTimeline;
import org.hubdesk.request.Requests;
import org.hubdesk.request.StaleRequestException;
import org.hubdesk.shared.Refusal;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Votes and decisions. Each member not conflicted may vote with a reason; the chair records the
 * decision — with reasons for the requester, a short public summary, the rubric version, the members
 * taking part and their votes, or “by consensus” — once a quorum has scored. The decision moves the
 * request (through the request module, as the committee) and replies to the requester in their language.
 */
@Service
@Transactional(readOnly = true)
public class Decisions {

	/** Whether the request's review has its quorum: who scored, of how many who may take part. */
	public record Quorum(int scored, int eligible, boolean met) {
	}

	private final DecisionRepository decisions;
	private final AgendaItemRepository items;
	private final VoteRepository votes;
	private final Conflicts conflicts;
	private final Reviews reviews;
	private final Rubrics rubrics;
	private final Settings settings;
	private final Replies replies;
	private final Requests requests;
	private final RequestTimeline timeline;
	private final People people;
	private final ApplicationEventPublisher events;
	private final Clock clock;

	Decisions(DecisionRepository decisions, AgendaItemRepository items, VoteRepository votes, Conflicts conflicts, Reviews reviews, Rubrics rubrics,
			Settings settings, Replies replies, Requests requests, RequestTimeline timeline, People people,
			ApplicationEventPublisher events, Clock clock) {
		this.decisions = decisions;
		this.items = items;
		this.votes = votes;
		this.conflicts = conflicts;
		this.reviews = reviews;
		this.rubrics = rubrics;
		this.settings = settings;
		this.replies = replies;
		this.requests = requests;
		this.timeline = timeline;
		this.people = people;
		this.events = events;
		this.clock = clock;
	}

	public Optional<Decision> of(AgendaItem item) {
		return decisions.findByAgendaItemId(item.getId());
	}

	public List<Decision> ofRequest(HelpRequest request) {
		return decisions.findByRequestIdOrderByDecidedAtDesc(request.getId());
	}

	/** The latest {@code count} decisions since the moment, with how many there were in all. */
	public Page<Decision> recent(Hub hub, Instant from, int count) {
		return decisions.findByHubIdAndDecidedAtGreaterThanEqual(hub.getId(), from, PageRequest
			.of(0, count, Sort.by(Sort.Order.desc("decidedAt"),
					Sort.Order.desc("id"))));
	}


	/**
	 * The public decision log: the hub's latest decisions (up to 200) on requests whose requester
	 * agreed to publication, each with its request.
	 */
	public List<Published> published(Hub hub) {
		List<Decision> latest = decisions.findTop200ByHubIdOrderByDecidedAtDescIdDesc(hub.getId());
		Map<Long, HelpRequest> byId = requests.byIds(latest.stream().map(Decision::getRequestId).toList()).stream()
			.collect(Collectors.toMap(HelpRequest::getId, Function.identity()));
		return latest.stream().filter(d -> byId.containsKey(d.getRequestId()) && byId.get(d.getRequestId())
			.isConsentToPublish()).map(d -> new Published(d, byId.get(d.getRequestId()))).toList();
	}

	/** A decision in the public log, with the request it is on. */
	public record Published(Decision decision, HelpRequest request) {
	}

	public List<Vote> votes(AgendaItem item) {
		return votes.findByKeyAgendaItemId(item.getId());
	}

	/** The quorum: more than the hub's share of the members not conflicted on the request have scored it in full. */
	public Quorum quorum(Hub hub, HelpRequest request, AgendaItem item) {
		Set<Long> eligible = conflicts.eligible(hub, request);
		int scored = (int) reviews.all(item).stream()
			.filter(r -> eligible.contains(r.getMemberId()) && reviews.complete(r)).count();
		return new Quorum(scored, eligible.size(), settings.of(hub).quorate(scored, eligible.size()));
	}

	/**
	 * A member votes on the request (a later vote replaces theirs), with a reason.
	 * @throws Refusal (403) for a conflicted member or one not on the committee; (409) once decided; the field at fault
	 */
	@Transactional
	public Vote vote(Hub hub, HelpRequest request, AgendaItem item, long memberId, Outcome choice, String reason) {
		if (!conflicts.eligible(hub, request).contains(memberId)) {
			throw Refusal.forbidden();
		}
		open(request, item);
		if (choice == null) {
			throw new Refusal("choice", "validation.required");
		}
		String why = Inputs.required("reason", reason, Vote.REASON_MAX);
		Vote vote = votes.findById(new Vote.Key(item.getId(), memberId))
			.orElseGet(() -> new Vote(item.getId(), memberId, choice, why, clock.instant()));
		vote.change(choice, why, clock.instant());
		return votes.save(vote);
	}

	/**
	 * The chair records the committee's decision on the request.
	 * @param expectedVersion the request's version the chair saw: a decision made meanwhile is not made twice
	 * @throws Refusal (403) for a chair conflicted on the request; (409) when it is decided already, out of
	 *         review, changed meanwhile, or without quorum; the field at fault for missing or over-long words
	 */
	@Transactional
	public Decision decide(Hub hub, HelpRequest request, AgendaItem item, long chairId, long expectedVersion,
			Outcome outcome, String reasons, String publicSummary, boolean byConsensus) {
		if (!conflicts.eligible(hub, request).contains(chairId)) {
			throw Refusal.forbidden();
		}
		open(request, item);
		if (request.getVersion() != expectedVersion) {
			throw Refusal.conflict("committee.decision.error.stale");
		}
		if (outcome == null) {
			throw new Refusal("outcome", "validation.required");
		}
		String why = Inputs.required("reasons", reasons, Decision.REASONS_MAX);
		String summary = Inputs.required("publicSummary", publicSummary, Decision.SUMMARY_MAX);
		Quorum quorum = quorum(hub, request, item);
		if (!quorum.met()) {
			throw new Refusal("outcome", "committee.decision.error.quorum", quorum.scored(), quorum.eligible());
		}
		Rubric rubric = rubrics.current(hub);
		Map<Long, Vote> cast = votes(item).stream().collect(Collectors.toMap(Vote::getMemberId, Function.identity()));
		Map<Long, Outcome> members = new LinkedHashMap<>();
		for (long member : conflicts.eligible(hub, request)) {
			Vote vote = cast.get(member);
			if (byConsensus || vote != null || reviews.complete(item, member)) {
				members.put(member, byConsensus || vote == null ? null : vote.getChoice());
			}
		}
		Instant now = clock.instant();
		Decision decision = decisions.saveAndFlush(new Decision(item, hub.getId(), outcome, why, summary,
				rubric.getId(), byConsensus, chairId, now, members));
		items.markDecided(item.getId(), now);
		HelpRequest moved;
		try {
			moved = requests.move(request, expectedVersion, Mover.COMMITTEE, outcome.state(), chairId, summary);
		}
		catch (StaleRequestException changed) {
			throw Refusal.conflict("committee.decision.error.stale");
		}
		timeline.record(moved, CommitteeTimeline.DECISION, chairId, Map.of("outcome", outcome.name(), "rubric",
				String.valueOf(rubric.getNumber()), "consensus", String.valueOf(byConsensus)), Audience.EVERYONE);
		String language = people.byId(moved.getRequesterId()).map(Person::getLanguage)
			.filter(l -> l != null && hub.getLanguages().contains(l)).orElse(moved.getLanguage() != null
					&& hub.getLanguages().contains(moved.getLanguage()) ? moved.getLanguage() : hub.getDefaultLanguage());
		requests.post(moved, chairId, true, replies.reply(hub, outcome, language, moved.getTitle(), why), false);
		events.publishEvent(new DecisionRecorded(hub.getId(), moved.getId(), decision.getId(), outcome.name(), chairId));
		return decision;
	}

	private void open(HelpRequest request, AgendaItem item) {
		if (decisions.findByAgendaItemId(item.getId()).isPresent()) {
			throw Refusal.conflict("committee.decision.error.decided");
		}
		if (request.getState() != RequestState.IN_REVIEW) {
			throw Refusal.conflict("committee.decision.error.not-in-review");
		}
	}
}
