package org.hubdesk.committee.internal.web;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.hubdesk.committee.internal.Agenda;
import org.hubdesk.committee.internal.AgendaItem;
import org.hubdesk.committee.internal.Conflicts;
import org.hubdesk.committee.internal.Decision;
import org.hubdesk.committee.internal.Decisions;
import org.hubdesk.committee.internal.Meeting;
import org.hubdesk.committee.internal.Reviews;
import org.hubdesk.committee.internal.Seats;
import org.hubdesk.committee.internal.web.CommitteeForms.MeetingForm;
import org.hubdesk.hub.Hub;
import org.hubdesk.hub.HubViewer;
import org.hubdesk.identity.People;
import org.hubdesk.request.HelpRequest;
import org.hubdesk.request.Requests;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The committee's own page: the member's review queue, who has yet to score what, the coming
 * meetings and their agendas, the decisions of the last three months; for the chair, the forms to
 * schedule a meeting and put requests in triage on an agenda.
 */
@Controller
class CommitteeController {

	/** A request on an agenda, as the queue shows it to one member. */
	record QueueRow(HelpRequest request, String reference, Meeting meeting, String status, List<String> missing) {
	}

	/** A meeting with its agenda. */
	record MeetingView(Meeting meeting, List<HelpRequest> requests) {
	}

	private final Agenda agenda;
	private final Reviews reviews;
	private final Conflicts conflicts;
	private final Decisions decisions;
	private final Requests requests;
	private final People people;
	private final HelpSpread spread;
	private final java.time.Clock clock;

	CommitteeController(Agenda agenda, Reviews reviews, Conflicts conflicts, Decisions decisions, Requests requests,
			People people, HelpSpread spread, java.time.Clock clock) {
		this.spread = spread;
		this.agenda = agenda;
		this.reviews = reviews;
		this.conflicts = conflicts;
		this.decisions = decisions;
		this.requests = requests;
		this.people = people;
		this.clock = clock;
	}

	@GetMapping("/hubs/{slug}/committee")
	String committee(HubViewer viewer, Model model, java.util.Locale locale) {
		Seats.requireMember(viewer);
		Hub hub = viewer.hub();
		model.addAttribute("hub", hub);
		model.addAttribute("chair", Seats.chair(viewer));
		List<AgendaItem> open = agenda.undecided(hub);
		Map<Long, HelpRequest> byId = requests.byIds(open.stream().map(AgendaItem::getRequestId).toList()).stream()
			.collect(Collectors.toMap(HelpRequest::getId, r -> r));
		Set<Long> committee = conflicts.committee(hub);
		Map<Long, String> names = people.names(committee);
		List<QueueRow> queue = new ArrayList<>();
		for (AgendaItem item : open) {
			HelpRequest request = byId.get(item.getRequestId());
			if (request == null) {
				continue;
			}
			Set<Long> eligible = conflicts.eligible(hub, request);
			String status = !eligible.contains(viewer.id()) ? "committee.queue.conflicted"
					: reviews.complete(item, viewer.id()) ? "committee.queue.scored" : "committee.queue.to-score";
			List<String> missing = eligible.stream().filter(m -> !reviews.complete(item, m)).map(names::get).sorted()
				.toList();
			queue.add(new QueueRow(request, request.reference(hub.getNumberPrefix()), item.getMeeting(), status, missing));
		}
		model.addAttribute("queue", queue);
		model.addAttribute("meetings", meetings(agenda.upcoming(hub)));
		model.addAttribute("past", agenda.past(hub));
		Instant since = clock.instant().minus(Duration.ofDays(90));
		List<Decision> recent = decisions.since(hub, since);
		Map<Long, HelpRequest> decided = requests.byIds(recent.stream().map(Decision::getRequestId).toList()).stream()
			.collect(Collectors.toMap(HelpRequest::getId, r -> r));
		model.addAttribute("decisions", recent);
		model.addAttribute("decided", decided);
		model.addAttribute("charts", spread.charts(hub, locale));
		if (!model.containsAttribute("meetingForm")) {
			model.addAttribute("meetingForm", new MeetingForm());
		}
		return "committee/committee";
	}

	private List<MeetingView> meetings(List<Meeting> meetings) {
		List<MeetingView> views = new ArrayList<>();
		Map<Long, List<AgendaItem>> items = new HashMap<>();
		Set<Long> ids = new LinkedHashSet<>();
		for (Meeting meeting : meetings) {
			List<AgendaItem> of = agenda.items(meeting);
			items.put(meeting.getId(), of);
			of.forEach(i -> ids.add(i.getRequestId()));
		}
		Map<Long, HelpRequest> byId = requests.byIds(ids).stream().collect(Collectors.toMap(HelpRequest::getId, r -> r));
		for (Meeting meeting : meetings) {
			views.add(new MeetingView(meeting, items.get(meeting.getId()).stream().map(i -> byId.get(i.getRequestId()))
				.filter(r -> r != null).toList()));
		}
		return views;
	}

	static ZoneId zone(People people, long personId, String fallback) {
		return people.byId(personId).map(p -> p.getTimeZone()).filter(z -> z != null && !z.isBlank()).map(z -> {
			try {
				return ZoneId.of(z);
			}
			catch (RuntimeException ex) {
				return ZoneId.of(fallback);
			}
		}).orElse(ZoneId.of(fallback));
	}
}
