package org.hubdesk.committee.internal.web;

import java.time.Duration;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.hubdesk.committee.internal.Agenda;
import org.hubdesk.committee.internal.AgendaItem;
import org.hubdesk.committee.internal.Decision;
import org.hubdesk.committee.internal.Decisions;
import org.hubdesk.committee.internal.Meeting;
import org.hubdesk.committee.internal.ReviewQueue;
import org.hubdesk.committee.internal.Seats;
import org.hubdesk.committee.internal.web.CommitteeForms.MeetingForm;
import org.hubdesk.hub.Hub;
import org.hubdesk.hub.HubViewer;
import org.hubdesk.identity.People;
import org.hubdesk.request.HelpRequest;
import org.hubdesk.request.Requests;
import org.springframework.data.domain.Page;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The committee's own page: the first of the member's review queue (the whole of it is
 * {@link QueueController}'s), who has yet to score what, the coming meetings and the start of their
 * agendas, the latest decisions of the last three months and how help has been spread; for the
 * chair, the forms to schedule a meeting and put requests in triage on an agenda.
 */
@Controller
class CommitteeController {

	/** How many requests of the queue, of each agenda and of the recent decisions the page shows. */
	static final int FIRST = 10;

	/** A meeting with the start of its agenda and how many requests it holds. */
	record MeetingView(Meeting meeting, List<HelpRequest> requests, long total) {
	}

	private final Agenda agenda;
	private final ReviewQueue queue;
	private final Decisions decisions;
	private final Requests requests;
	private final QueueRows rows;
	private final HelpSpread spread;
	private final java.time.Clock clock;

	CommitteeController(Agenda agenda, ReviewQueue queue, Decisions decisions, Requests requests, QueueRows rows,
			HelpSpread spread, java.time.Clock clock) {
		this.agenda = agenda;
		this.queue = queue;
		this.decisions = decisions;
		this.requests = requests;
		this.rows = rows;
		this.spread = spread;
		this.clock = clock;
	}

	@GetMapping("/hubs/{slug}/committee")
	String committee(HubViewer viewer, Model model, java.util.Locale locale) {
		Seats.requireMember(viewer);
		Hub hub = viewer.hub();
		model.addAttribute("hub", hub);
		model.addAttribute("chair", Seats.chair(viewer));
		ReviewQueue.Slice first = queue.page(hub, 0, FIRST);
		model.addAttribute("queue", rows.of(hub, viewer, first.entries()));
		model.addAttribute("queueTotal", first.total());
		model.addAttribute("meetings", meetings(agenda.upcoming(hub)));
		model.addAttribute("past", agenda.past(hub));
		Page<Decision> recent = decisions.recent(hub, clock.instant().minus(Duration.ofDays(90)), FIRST);
		Map<Long, HelpRequest> decided = requests.byIds(recent.getContent().stream().map(Decision::getRequestId).toList())
			.stream().collect(Collectors.toMap(HelpRequest::getId, r -> r));
		model.addAttribute("decisions", recent.getContent());
		model.addAttribute("decisionsTotal", recent.getTotalElements());
		model.addAttribute("decided", decided);
		model.addAttribute("charts", spread.charts(hub, locale));
		if (!model.containsAttribute("meetingForm")) {
			model.addAttribute("meetingForm", new MeetingForm());
		}
		return "committee/committee";
	}

	private List<MeetingView> meetings(List<Meeting> meetings) {
		List<MeetingView> views = new ArrayList<>();
		for (Meeting meeting : meetings) {
			Page<AgendaItem> first = agenda.items(meeting, FIRST);
			Map<Long, HelpRequest> byId = requests.byIds(first.getContent().stream().map(AgendaItem::getRequestId).toList())
				.stream().collect(Collectors.toMap(HelpRequest::getId, r -> r));
			views.add(new MeetingView(meeting, first.getContent().stream().map(i -> byId.get(i.getRequestId()))
				.filter(r -> r != null).toList(), first.getTotalElements()));
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
