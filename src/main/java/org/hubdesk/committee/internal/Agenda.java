package org.hubdesk.committee.internal;

import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.hubdesk.hub.Hub;
import org.hubdesk.identity.People;
import org.hubdesk.identity.Person;
import org.hubdesk.notification.Notifications;
import org.hubdesk.request.HelpRequest;
import org.hubdesk.request.Mover;
import org.hubdesk.request.RequestState;
import org.hubdesk.request.Requests;
import org.hubdesk.shared.Dates;
import org.hubdesk.shared.Refusal;
import org.springframework.context.MessageSource;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The committee's meetings and their agendas: the chair schedules meetings and puts requests in
 * triage on an agenda, which takes them to review (through the request module, as the committee).
 */
@Service
@Transactional(readOnly = true)
public class Agenda {

	private final MeetingRepository meetings;
	private final AgendaItemRepository items;
	private final Requests requests;
	private final People people;
	private final Conflicts conflicts;
	private final DecisionRepository decisions;
	private final Notifications notifications;
	private final MessageSource messages;
	private final Clock clock;

	Agenda(MeetingRepository meetings, AgendaItemRepository items, Requests requests, People people,
			Conflicts conflicts, DecisionRepository decisions, Notifications notifications, MessageSource messages,
			Clock clock) {
		this.decisions = decisions;
		this.meetings = meetings;
		this.items = items;
		this.requests = requests;
		this.people = people;
		this.conflicts = conflicts;
		this.notifications = notifications;
		this.messages = messages;
		this.clock = clock;
	}

	/**
	 * Schedules a meeting of the hub's committee.
	 * @throws Refusal naming the field at fault: no time (or one outside the years 1900–9999), a length outside 15 minutes–10 hours, a link that is no web address
	 */
	@Transactional
	public Meeting schedule(Hub hub, Instant startsAt, int minutes, String videoLink) {
		if (startsAt == null) {
			throw new Refusal("startsAt", "validation.required");
		}
		if (startsAt.isBefore(Dates.FIRST.atStartOfDay(ZoneOffset.UTC).toInstant())
				|| startsAt.isAfter(Dates.LAST.atStartOfDay(ZoneOffset.UTC).toInstant())) {
			// a moment no column holds (and whose end no clock reaches) is no meeting
			throw new Refusal("startsAt", Dates.INVALID, String.valueOf(Dates.FIRST.getYear()),
					String.valueOf(Dates.LAST.getYear()));
		}
		if (minutes < 15 || minutes > Meeting.MINUTES_MAX) {
			throw new Refusal("minutes", "committee.meeting.error.minutes", Meeting.MINUTES_MAX);
		}
		String link = videoLink == null || videoLink.isBlank() ? null : videoLink.strip();
		if (link != null && (link.length() > Meeting.LINK_MAX || !webAddress(link))) {
			throw new Refusal("videoLink", "committee.meeting.error.link");
		}
		return meetings.save(new Meeting(hub.getId(), startsAt, minutes, link, clock.instant()));
	}

	/** The hub's meeting with this id; else it is not there (404). */
	public Meeting meeting(Hub hub, long id) {
		return meetings.findById(id).filter(m -> m.getHubId().equals(hub.getId())).orElseThrow(Refusal::notFound);
	}

	/** The meetings still to come (or under way), the soonest first. */
	public List<Meeting> upcoming(Hub hub) {
		return meetings.findByHubIdAndStartsAtGreaterThanEqualOrderByStartsAtAsc(hub.getId(),
				clock.instant().minusSeconds(Meeting.MINUTES_MAX * 60L));
	}

	/** The last twelve meetings held, the latest first. */
	public List<Meeting> past(Hub hub) {
		return meetings.findTop12ByHubIdAndStartsAtLessThanOrderByStartsAtDesc(hub.getId(),
				clock.instant().minusSeconds(Meeting.MINUTES_MAX * 60L));
	}

	public List<AgendaItem> items(Meeting meeting) {
		return items.findByMeetingIdOrderByIdAsc(meeting.getId());
	}

	/** The items of the hub's agendas not yet decided, by meeting. */
	/** The first {@code count} requests on the meeting's agenda, with how many it holds in all. */
	public Page<AgendaItem> items(Meeting meeting, int count) {
		return items.findByMeetingId(meeting.getId(),
				PageRequest.of(0, count, Sort.by("id")));
	}


	/** The request's latest time on an agenda, if it has been on one. */
	public Optional<AgendaItem> current(HelpRequest request) {
		return items.findFirstByRequestIdOrderByIdDesc(request.getId());
	}

	/** Whether the request has been on an agenda of its hub. */
	/** The latest time on an agenda of each of the hub's requests that has been on one, by request id. */
	public Map<Long, AgendaItem> current(Hub hub, List<Long> requestIds) {
		Map<Long, AgendaItem> out = new HashMap<>();
		for (int from = 0; from < requestIds.size(); from += 1000) {
			for (AgendaItem item : items.findInHub(hub.getId(), requestIds.subList(from, Math.min(requestIds.size(), from + 1000)))) {
				out.merge(item.getRequestId(), item, (a, b) -> a.getId() > b.getId() ? a : b);
			}
		}
		return out;
	}

	public boolean onAnAgenda(HelpRequest request) {
		return items.existsByRequestId(request.getId());
	}

	/**
	 * Puts a request in triage on the meeting's agenda, which takes it to review; the requester reads
	 * why on its timeline, in their language. A request already in review that is on no agenda not yet
	 * decided (staff sent it there) joins the agenda as it is.
	 * @throws Refusal (409) when the request is neither, or the meeting is over
	 */
	@Transactional
	public AgendaItem place(Hub hub, Meeting meeting, HelpRequest request, long expectedVersion, long chairId) {
		boolean inReview = request.getState() == RequestState.IN_REVIEW;
		if (request.getState() != RequestState.TRIAGE && !inReview) {
			throw Refusal.conflict("committee.agenda.error.not-triage");
		}
		if (inReview && current(request).filter(i -> decisions.findByAgendaItemId(i.getId()).isEmpty()).isPresent()) {
			throw Refusal.conflict("committee.agenda.error.already");
		}
		if (meeting.getEndsAt().isBefore(clock.instant())) {
			throw Refusal.conflict("committee.agenda.error.past");
		}
		Locale locale = Locale.forLanguageTag(people.byId(request.getRequesterId()).map(Person::getLanguage)
			.filter(l -> l != null && !l.isBlank()).orElse(hub.getDefaultLanguage()));
		String day = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale)
			.format(meeting.getStartsAt().atZone(ZoneOffset.UTC));
		String reason = messages.getMessage("committee.agenda.reason", new Object[] { day }, locale);
		// a request staff sent to review before the committee took the decisions over joins the agenda as it is
		HelpRequest moved = inReview ? request
				: requests.move(request, expectedVersion, Mover.COMMITTEE, RequestState.IN_REVIEW, chairId, reason);
		AgendaItem item = items.save(new AgendaItem(meeting, request.getId(), clock.instant(), chairId));
		List<Long> told = conflicts.eligible(hub, moved).stream().filter(m -> m != chairId).toList();
		notifications.send(CommitteeNotifications.ON_AGENDA, hub, Map.of("reference",
				moved.reference(hub.getNumberPrefix()), "title", moved.getTitle() == null ? "" : moved.getTitle(), "day",
				meeting.getStartsAt().atZone(ZoneOffset.UTC).toLocalDate().toString()),
				"/hubs/" + hub.getSlug() + "/committee/requests/" + moved.getNumber(), told);
		return item;
	}

	private static boolean webAddress(String link) {
		try {
			URI uri = new URI(link);
			return ("https".equals(uri.getScheme()) || "http".equals(uri.getScheme())) && uri.getHost() != null;
		}
		catch (java.net.URISyntaxException ex) {
			return false;
		}
	}
}
