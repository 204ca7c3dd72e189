package org.hubdesk.request;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.hubdesk.hub.Hub;
import org.hubdesk.hub.Hubs;
import org.hubdesk.identity.People;
import org.hubdesk.identity.Person;
import org.hubdesk.request.TimelineEntry.Kind;
import org.hubdesk.request.internal.HelpRequestRepository;
import org.hubdesk.request.internal.RequestMessageRepository;
import org.hubdesk.request.internal.RequestNumbers;
import org.hubdesk.request.internal.TimelineRepository;
import org.hubdesk.request.work.OutcomeRepository;
import org.hubdesk.shared.Refusal;
import org.hubdesk.shared.Texts;
import org.springframework.modulith.NamedInterface;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The life of requests: drafts, submission with the hub's next number, transitions by the
 * lifecycle (each with who, when and why on the timeline), messages and internal notes, assignment.
 * Authorization is the caller's: see {@link RequestAccess}.
 */
@NamedInterface("api")
@Service
@Transactional(readOnly = true)
public class Requests {

	private final HelpRequestRepository requests;
	private final RequestMessageRepository messages;
	private final TimelineRepository timeline;
	private final RequestNumbers numbers;
	private final OutcomeRepository outcomes;
	private final People people;
	private final Hubs hubs;
	private final RequestChecks checks;
	private final StaffMoves staffMoves;
	private final Clock clock;

	Requests(HelpRequestRepository requests, RequestMessageRepository messages, TimelineRepository timeline,
			RequestNumbers numbers, OutcomeRepository outcomes, People people, Hubs hubs, RequestChecks checks,
			StaffMoves staffMoves, Clock clock) {
		this.requests = requests;
		this.messages = messages;
		this.timeline = timeline;
		this.numbers = numbers;
		this.outcomes = outcomes;
		this.people = people;
		this.hubs = hubs;
		this.checks = checks;
		this.staffMoves = staffMoves;
		this.clock = clock;
	}

	public Optional<HelpRequest> byNumber(Hub hub, int number) {
		return requests.findByHubIdAndNumber(hub.getId(), number);
	}

	/** The hub's requests in the state, the earliest submitted first. */
	public List<HelpRequest> inState(Hub hub, RequestState state) {
		return requests.findByHubIdAndStateOrderBySubmittedAtAscNumberAsc(hub.getId(), state);
	}

	public Optional<HelpRequest> byId(long id) {
		return requests.findById(id);
	}

	/** Several requests at once, in one query. */
	public List<HelpRequest> byIds(java.util.Collection<Long> ids) {
		return ids.isEmpty() ? List.of() : requests.findByIdIn(ids);
	}

	/** The requests a person asked for or co-requests in a hub, drafts included, latest change first. */
	public List<HelpRequest> mine(Hub hub, long personId) {
		return requests.findMine(hub.getId(), personId);
	}

	/** The messages of a request a viewer may see: internal notes only for staff. */
	public List<RequestMessage> messages(HelpRequest request, boolean withInternal) {
		return withInternal ? messages.findByRequestIdOrderByCreatedAtAsc(request.getId())
				: messages.findByRequestIdAndInternalFalseOrderByCreatedAtAsc(request.getId());
	}

	/** The timeline of a request a viewer may see: internal entries only for staff. */
	public List<TimelineEntry> timeline(HelpRequest request, boolean withInternal) {
		return withInternal ? timeline.findByRequestIdOrderByAtAscIdAsc(request.getId())
				: timeline.findByRequestIdAndInternalFalseOrderByAtAscIdAsc(request.getId());
	}

	/**
	 * Starts a draft for a requester (staff may start one on someone's behalf).
	 * @throws Refusal naming the field at fault
	 */
	@Transactional
	public HelpRequest startDraft(Hub hub, long requesterId, long actorId, RequestDetails details,
			Set<String> coRequesterUsernames) {
		if (!hub.isOpenForRequests()) {
			throw new Refusal(null, "request.error.hub-closed");
		}
		Instant now = clock.instant();
		HelpRequest request = new HelpRequest(hub.getId(), requesterId, actorId, details, now);
		checks.require(hub, details, null);
		request.setCoRequesters(coRequesters(coRequesterUsernames, requesterId));
		request = requests.save(request);
		timeline.save(new TimelineEntry(request.getId(), now, actorId, Kind.CREATED, false));
		return request;
	}

	/**
	 * Changes a draft or a request's details, refusing a stale version (another person saved first).
	 * @throws Refusal naming the field at fault
	 * @throws StaleRequestException when the request changed since {@code expectedVersion}
	 */
	@Transactional
	public HelpRequest update(HelpRequest request, long expectedVersion, long actorId, RequestDetails details,
			Set<String> coRequesterUsernames) {
		HelpRequest current = fresh(request, expectedVersion);
		Instant now = clock.instant();
		RequestDetails before = current.getDetails();
		List<String> changed = current.describe(details, now);
		checks.require(hubs.byId(current.getHubId()).orElseThrow(), details, before);
		for (String field : changed) {
			timeline.save(new TimelineEntry(current.getId(), now, actorId, Kind.FIELD_CHANGED, false).field(field));
		}
		current.setCoRequesters(coRequesters(coRequesterUsernames, current.getRequesterId()));
		return requests.saveAndFlush(current);
	}

	/** Submits a draft: it gets the hub's next number. @throws Refusal naming the field at fault */
	@Transactional
	public HelpRequest submit(Hub hub, HelpRequest request, long expectedVersion, long actorId) {
		HelpRequest current = fresh(request, expectedVersion);
		numbers.ensureCounter(hub.getId());
		Instant now = clock.instant();
		current.submit(() -> numbers.next(hub.getId()), now);
		timeline.save(new TimelineEntry(current.getId(), now, actorId, Kind.SUBMITTED, false)
			.states(RequestState.DRAFT, RequestState.SUBMITTED));
		hubs.becomeRequester(hub, current.getRequesterId());
		return requests.saveAndFlush(current);
	}

	/**
	 * Moves a request by the lifecycle, as staff, with a reason; closing from triage needs a resolution,
	 * and a duplicate names the request it is merged into.
	 * @throws Refusal when the lifecycle does not allow it or the reason is missing
	 */
	@Transactional
	public HelpRequest transition(HelpRequest request, long expectedVersion, RequestState to, long actorId, String reason,
			Resolution resolution, Long mergedIntoId) {
		Texts.require("reason", reason);
		HelpRequest current = fresh(request, expectedVersion);
		staffMoves.check(hubs.byId(current.getHubId()).orElseThrow(), current.getState(), to);
		HelpRequest original = mergedIntoId == null ? null : requests.findById(mergedIntoId).orElse(null);
		return move(current, Move.of(Mover.STAFF, to, actorId, reason).closing(resolution, original)
			.withOutcome(to == RequestState.COMPLETED && outcomes.existsById(current.getId())));
	}

	/**
	 * Moves a request by the lifecycle for a module that decides requests (the committee puts a
	 * request on its agenda and decides it), with the hub's reason, which goes on the timeline.
	 * @param by a mover other than staff and requesters, who have their own ways
	 * @throws Refusal when the lifecycle does not allow the mover this move, or the reason is missing
	 * @throws StaleRequestException when the request changed since the expected version
	 */
	@Transactional
	public HelpRequest move(HelpRequest request, long expectedVersion, Mover by, RequestState to, long actorId,
			String reason) {
		if (by == Mover.STAFF || by == Mover.REQUESTER) {
			throw new IllegalArgumentException("Staff and requesters move requests by their own methods: " + by);
		}
		Texts.require("reason", reason);
		return move(fresh(request, expectedVersion), Move.of(by, to, actorId, reason));
	}

	private HelpRequest move(HelpRequest current, Move move) {
		RequestState from = current.getState();
		Instant now = clock.instant();
		current.transition(move, now);
		if (current.getMergedIntoId() != null && move.original() != null) {
			timeline.save(new TimelineEntry(move.original().getId(), now, move.actorId(), Kind.FIELD_CHANGED, false)
				.field("merged").detail(String.valueOf(current.getNumber())));
		}
		timeline.save(new TimelineEntry(current.getId(), now, move.actorId(), Kind.STATUS_CHANGED, false)
			.states(from, move.to()).detail(move.reason().strip()));
		return requests.saveAndFlush(current);
	}

	/** The requester (or a co-requester) withdraws the request, with an optional reason. */
	@Transactional
	public HelpRequest withdraw(HelpRequest request, long expectedVersion, long actorId, String reason) {
		Texts.require("reason", reason);
		HelpRequest current = fresh(request, expectedVersion);
		RequestState from = current.getState();
		Instant now = clock.instant();
		current.withdraw(actorId, reason, now);
		timeline.save(new TimelineEntry(current.getId(), now, actorId, Kind.WITHDRAWN, false)
			.states(from, RequestState.WITHDRAWN).detail(reason == null || reason.isBlank() ? null : reason.strip()));
		return requests.saveAndFlush(current);
	}

	/**
	 * Posts a public reply or, for staff, an internal note. A public reply by staff counts as the
	 * hub's response; a requester's reply to a question puts the request back in triage.
	 */
	@Transactional
	public RequestMessage post(HelpRequest request, long authorId, boolean byStaff, String body, boolean internal) {
		if (body == null || body.isBlank()) {
			throw new Refusal("body", "validation.required");
		}
		Texts.require("body", body);
		if (internal && !byStaff) {
			throw new Refusal(null, "request.error.forbidden");
		}
		HelpRequest current = requests.findForUpdate(request.getId()).orElseThrow();
		current.checkOpen();
		Instant now = clock.instant();
		RequestMessage message = messages.save(new RequestMessage(current, authorId, body.strip(), internal, now));
		timeline.save(new TimelineEntry(current.getId(), now, authorId, internal ? Kind.NOTE : Kind.MESSAGE, internal)
			.message(message.getId()));
		if (current.received(message, byStaff, now)) {
			timeline.save(new TimelineEntry(current.getId(), now, authorId, Kind.STATUS_CHANGED, false)
				.states(RequestState.WAITING_FOR_REQUESTER, RequestState.TRIAGE));
		}
		requests.saveAndFlush(current);
		return message;
	}

	/** Assigns a request to a member of the hub's staff, or unassigns it with null. */
	@Transactional
	public HelpRequest assign(HelpRequest request, long expectedVersion, Long assigneeId, long actorId) {
		HelpRequest current = fresh(request, expectedVersion);
		Instant now = clock.instant();
		current.assign(assigneeId, actorId, now);
		String name = assigneeId == null ? null : people.byId(assigneeId).map(Person::getUsername).orElse(null);
		timeline.save(new TimelineEntry(current.getId(), now, actorId, Kind.ASSIGNED, true).detail(name));
		return requests.saveAndFlush(current);
	}

	private HelpRequest fresh(HelpRequest request, long expectedVersion) {
		HelpRequest current = requests.findForUpdate(request.getId()).orElseThrow();
		if (current.getVersion() != expectedVersion) {
			throw new StaleRequestException();
		}
		return current;
	}

	private Set<Long> coRequesters(Set<String> usernames, long requesterId) {
		Set<Long> ids = new LinkedHashSet<>();
		if (usernames != null) {
			for (String username : usernames) {
				if (username == null || username.isBlank()) {
					continue;
				}
				Person person = people.byUsername(username.strip())
					.orElseThrow(() -> new Refusal("coRequesters", "validation.unknown-user"));
				if (person.getId() != requesterId) {
					ids.add(person.getId());
				}
			}
		}
		return ids;
	}
}
