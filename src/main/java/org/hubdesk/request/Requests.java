package org.hubdesk.request;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import org.hubdesk.hub.Hub;
import org.hubdesk.hub.Hubs;
import org.hubdesk.identity.People;
import org.hubdesk.identity.Person;
import org.hubdesk.request.RequestEvents.MessagePosted;
import org.hubdesk.request.RequestEvents.RequestAssigned;
import org.hubdesk.request.RequestEvents.RequestStatusChanged;
import org.hubdesk.request.RequestEvents.RequestSubmitted;
import org.hubdesk.request.TimelineEntry.Kind;
import org.hubdesk.request.internal.HelpRequestRepository;
import org.hubdesk.request.internal.OutcomeRepository;
import org.hubdesk.request.internal.RequestMessageRepository;
import org.hubdesk.request.internal.RequestNumbers;
import org.hubdesk.request.internal.TimelineRepository;
import org.hubdesk.shared.Refusal;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The life of requests: drafts, submission with the hub's next number, transitions by the
 * lifecycle (each with who, when and why on the timeline), messages and internal notes, assignment.
 * Authorization is the caller's: see {@link RequestAccess}.
 */
@Service
@Transactional(readOnly = true)
public class Requests {

	static final Pattern QID = Pattern.compile("^Q[1-9][0-9]*$");

	private final HelpRequestRepository requests;
	private final RequestMessageRepository messages;
	private final TimelineRepository timeline;
	private final RequestNumbers numbers;
	private final OutcomeRepository outcomes;
	private final People people;
	private final Hubs hubs;
	private final ApplicationEventPublisher events;
	private final Clock clock;

	Requests(HelpRequestRepository requests, RequestMessageRepository messages, TimelineRepository timeline,
			RequestNumbers numbers, OutcomeRepository outcomes, People people, Hubs hubs, ApplicationEventPublisher events,
			Clock clock) {
		this.requests = requests;
		this.messages = messages;
		this.timeline = timeline;
		this.numbers = numbers;
		this.outcomes = outcomes;
		this.people = people;
		this.hubs = hubs;
		this.events = events;
		this.clock = clock;
	}

	public Optional<HelpRequest> byNumber(Hub hub, int number) {
		return requests.findByHubIdAndNumber(hub.getId(), number);
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
		checkDraft(details);
		Instant now = clock.instant();
		HelpRequest request = new HelpRequest(hub.getId(), requesterId, actorId, now);
		request.apply(details);
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
		if (current.getState().finished()) {
			throw new Refusal(null, "request.error.finished");
		}
		checkDraft(details);
		if (current.getState() != RequestState.DRAFT) {
			checkComplete(details);
		}
		Instant now = clock.instant();
		recordChanges(current, details, actorId, now);
		current.apply(details);
		current.setCoRequesters(coRequesters(coRequesterUsernames, current.getRequesterId()));
		current.touch(now);
		return requests.saveAndFlush(current);
	}

	/** Submits a draft: it gets the hub's next number. @throws Refusal naming the field at fault */
	@Transactional
	public HelpRequest submit(Hub hub, HelpRequest request, long expectedVersion, long actorId) {
		HelpRequest current = fresh(request, expectedVersion);
		if (current.getState() != RequestState.DRAFT) {
			throw new Refusal(null, "request.error.not-draft");
		}
		checkComplete(details(current));
		numbers.ensureCounter(hub.getId());
		Instant now = clock.instant();
		current.submit(numbers.next(hub.getId()), now);
		timeline.save(new TimelineEntry(current.getId(), now, actorId, Kind.SUBMITTED, false)
			.states(RequestState.DRAFT, RequestState.SUBMITTED));
		hubs.becomeRequester(hub, current.getRequesterId());
		current = requests.saveAndFlush(current);
		events.publishEvent(new RequestSubmitted(hub.getId(), current.getId(), current.getNumber(),
				current.getRequesterId()));
		return current;
	}

	/**
	 * Moves a request by the lifecycle, as staff, with a reason; closing from triage needs a resolution,
	 * and a duplicate names the request it is merged into.
	 * @throws Refusal when the lifecycle does not allow it or the reason is missing
	 */
	@Transactional
	public HelpRequest transition(HelpRequest request, long expectedVersion, RequestState to, long actorId, String reason,
			Resolution resolution, Long mergedIntoId) {
		HelpRequest current = fresh(request, expectedVersion);
		RequestState from = current.getState();
		if (!from.staffTransitions().contains(to)) {
			throw new Refusal("to", "request.error.transition");
		}
		if (reason == null || reason.isBlank()) {
			throw new Refusal("reason", "validation.required");
		}
		if (to == RequestState.COMPLETED && outcomes.findById(current.getId()).isEmpty()) {
			throw new Refusal("outcome", "request.error.outcome-first");
		}
		Instant now = clock.instant();
		if (to == RequestState.CLOSED && (from == RequestState.TRIAGE || from == RequestState.SUBMITTED)) {
			if (resolution == null) {
				throw new Refusal("resolution", "validation.required");
			}
			if (resolution == Resolution.DUPLICATE && (mergedIntoId == null || mergedIntoId.equals(current.getId()))) {
				throw new Refusal("duplicateOf", "request.error.merge-target");
			}
			if (resolution == Resolution.DUPLICATE) {
				Long hubId = current.getHubId();
				HelpRequest original = requests.findById(mergedIntoId)
					.filter(r -> r.getHubId().equals(hubId) && r.getState() != RequestState.DRAFT)
					.orElseThrow(() -> new Refusal("duplicateOf", "request.error.merge-target"));
				timeline.save(new TimelineEntry(original.getId(), now, actorId, Kind.FIELD_CHANGED, false)
					.field("merged").detail(String.valueOf(current.getNumber())));
			}
			current.close(resolution, resolution == Resolution.DUPLICATE ? mergedIntoId : null, now);
		}
		else {
			current.moveTo(to, now);
		}
		current.responded(now);
		timeline.save(new TimelineEntry(current.getId(), now, actorId, Kind.STATUS_CHANGED, false).states(from, to)
			.detail(reason.strip()));
		current = requests.saveAndFlush(current);
		events.publishEvent(new RequestStatusChanged(current.getHubId(), current.getId(), from, to, actorId, reason));
		return current;
	}

	/** The requester (or a co-requester) withdraws the request, with an optional reason. */
	@Transactional
	public HelpRequest withdraw(HelpRequest request, long expectedVersion, long actorId, String reason) {
		HelpRequest current = fresh(request, expectedVersion);
		if (!current.isRequestedBy(actorId) || !current.getState().withdrawable()) {
			throw new Refusal(null, "request.error.withdraw");
		}
		RequestState from = current.getState();
		Instant now = clock.instant();
		current.moveTo(RequestState.WITHDRAWN, now);
		timeline.save(new TimelineEntry(current.getId(), now, actorId, Kind.WITHDRAWN, false)
			.states(from, RequestState.WITHDRAWN).detail(reason == null || reason.isBlank() ? null : reason.strip()));
		current = requests.saveAndFlush(current);
		events.publishEvent(new RequestStatusChanged(current.getHubId(), current.getId(), from,
				RequestState.WITHDRAWN, actorId, reason));
		return current;
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
		if (internal && !byStaff) {
			throw new Refusal(null, "request.error.forbidden");
		}
		HelpRequest current = requests.findForUpdate(request.getId()).orElseThrow();
		if (current.getState().finished() || current.getState() == RequestState.DRAFT) {
			throw new Refusal(null, "request.error.finished");
		}
		Instant now = clock.instant();
		RequestMessage message = messages.save(new RequestMessage(current, authorId, body.strip(), internal, now));
		timeline.save(new TimelineEntry(current.getId(), now, authorId, internal ? Kind.NOTE : Kind.MESSAGE, internal)
			.message(message.getId()));
		if (byStaff && !internal) {
			current.responded(now);
		}
		else {
			current.touch(now);
		}
		if (!byStaff && current.getState() == RequestState.WAITING_FOR_REQUESTER) {
			current.moveTo(RequestState.TRIAGE, now);
			timeline.save(new TimelineEntry(current.getId(), now, authorId, Kind.STATUS_CHANGED, false)
				.states(RequestState.WAITING_FOR_REQUESTER, RequestState.TRIAGE));
			events.publishEvent(new RequestStatusChanged(current.getHubId(), current.getId(),
					RequestState.WAITING_FOR_REQUESTER, RequestState.TRIAGE, authorId, null));
		}
		requests.saveAndFlush(current);
		events.publishEvent(new MessagePosted(current.getHubId(), current.getId(), message.getId(), authorId, internal));
		return message;
	}

	/** Assigns a request to a member of the hub's staff, or unassigns it with null. */
	@Transactional
	public HelpRequest assign(HelpRequest request, long expectedVersion, Long assigneeId, long actorId) {
		HelpRequest current = fresh(request, expectedVersion);
		Instant now = clock.instant();
		current.assign(assigneeId, now);
		String name = assigneeId == null ? null : people.byId(assigneeId).map(Person::getUsername).orElse(null);
		timeline.save(new TimelineEntry(current.getId(), now, actorId, Kind.ASSIGNED, true).detail(name));
		current = requests.saveAndFlush(current);
		events.publishEvent(new RequestAssigned(current.getHubId(), current.getId(), assigneeId, actorId));
		return current;
	}

	private HelpRequest fresh(HelpRequest request, long expectedVersion) {
		HelpRequest current = requests.findForUpdate(request.getId()).orElseThrow();
		if (current.getVersion() != expectedVersion) {
			throw new StaleRequestException();
		}
		return current;
	}

	private void recordChanges(HelpRequest current, RequestDetails next, long actorId, Instant now) {
		if (current.getState() == RequestState.DRAFT) {
			return;
		}
		RequestDetails before = details(current);
		for (var field : RequestFields.changed(before, next)) {
			timeline.save(new TimelineEntry(current.getId(), now, actorId, Kind.FIELD_CHANGED, false).field(field));
		}
	}

	static RequestDetails details(HelpRequest r) {
		return new RequestDetails(r.getTitle(), r.getAffiliateId(), r.getAffiliateOther(), r.getPartnerName(),
				r.getPartnerQid(), r.getContentTypes(), r.getEstimatedVolume(), r.getRightsStatus(), r.getPlatforms(),
				r.getUsefulnessPlan(), r.getThematicGroupId(), r.getLanguage(), r.getDesiredTimeline(),
				r.getDescription(), r.isConsentToPublish(), r.getNeedIds());
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

	/** What even a draft must hold: a title and, when given, a well-formed Wikidata item. */
	private static void checkDraft(RequestDetails d) {
		if (d.title() == null || d.title().isBlank()) {
			throw new Refusal("title", "validation.required");
		}
		if (d.title().length() > 300) {
			throw new Refusal("title", "validation.too-long");
		}
		if (d.partnerQid() != null && !d.partnerQid().isBlank() && !QID.matcher(d.partnerQid()).matches()) {
			throw new Refusal("partnerQid", "validation.qid");
		}
	}

	/** What a submitted request must hold: a usefulness plan, the kinds of help, a language. */
	private static void checkComplete(RequestDetails d) {
		if (d.usefulnessPlan() == null || d.usefulnessPlan().isBlank()) {
			throw new Refusal("usefulnessPlan", "request.error.usefulness-plan");
		}
		if (d.needIds().isEmpty()) {
			throw new Refusal("needIds", "request.error.needs");
		}
		if (d.language() == null || d.language().isBlank()) {
			throw new Refusal("language", "validation.required");
		}
	}
}
