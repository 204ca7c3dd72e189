package org.hubdesk.committee.internal.api;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;

import org.hubdesk.committee.internal.Agenda;
import org.hubdesk.committee.internal.AgendaItem;
import org.hubdesk.committee.internal.Meeting;
import org.hubdesk.committee.internal.ReviewQueue;
import org.hubdesk.committee.internal.Seats;
import org.hubdesk.committee.internal.api.CommitteeJson.AgendaEntryJson;
import org.hubdesk.committee.internal.api.CommitteeJson.AgendaInput;
import org.hubdesk.committee.internal.api.CommitteeJson.MeetingInput;
import org.hubdesk.committee.internal.api.CommitteeJson.MeetingJson;
import org.hubdesk.committee.internal.api.CommitteeJson.MeetingsJson;
import org.hubdesk.committee.internal.api.CommitteeJson.QueueEntryJson;
import org.hubdesk.committee.internal.api.CommitteeJson.QuorumJson;
import org.hubdesk.hub.Hub;
import org.hubdesk.hub.HubViewer;
import org.hubdesk.request.HelpRequest;
import org.hubdesk.request.Requests;
import org.hubdesk.shared.Refusal;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * The committee's meetings and its members' queue: the committee and the hub's staff read the
 * meetings with their agendas; the chair schedules meetings and puts requests in triage on an agenda
 * (which takes them to review); each member's queue is what is on the agendas and not yet decided.
 */
@RestController
@RequestMapping("/api/v1/hubs/{slug}/committee")
@Tag(name = "Committee")
class MeetingApiController {

	private final Agenda agenda;
	private final ReviewQueue reviewQueue;
	private final Requests requests;

	MeetingApiController(Agenda agenda, ReviewQueue reviewQueue, Requests requests) {
		this.agenda = agenda;
		this.reviewQueue = reviewQueue;
		this.requests = requests;
	}

	@GetMapping("/meetings")
	@Operation(operationId = "listCommitteeMeetings",
			summary = "The meetings to come and the last ones held, with their agendas (the committee and the hub's staff)")
	MeetingsJson meetings(HubViewer viewer) {
		if (!Seats.member(viewer) && !viewer.isStaff()) {
			throw Refusal.forbidden();
		}
		Hub hub = viewer.hub();
		List<Meeting> upcoming = agenda.upcoming(hub);
		List<Meeting> past = agenda.past(hub);
		Map<Long, List<AgendaItem>> items = new HashMap<>();
		List<Long> requestIds = new ArrayList<>();
		for (Meeting meeting : concat(upcoming, past)) {
			List<AgendaItem> of = agenda.items(meeting);
			items.put(meeting.getId(), of);
			of.forEach(i -> requestIds.add(i.getRequestId()));
		}
		Map<Long, HelpRequest> byId = byId(requestIds);
		Function<Meeting, MeetingJson> json = m -> meeting(hub, m, items.get(m.getId()), byId);
		return new MeetingsJson(upcoming.stream().map(json).toList(), past.stream().map(json).toList());
	}

	@PostMapping("/meetings")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(operationId = "scheduleCommitteeMeeting", summary = "Schedules a meeting of the committee (the chair)")
	@ApiResponse(responseCode = "201", description = "Created")
	MeetingJson schedule(HubViewer viewer, @Valid @RequestBody MeetingInput in) {
		Seats.requireChair(viewer);
		Meeting meeting = agenda.schedule(viewer.hub(), in.startsAt(), in.minutes(), in.videoLink());
		return meeting(viewer.hub(), meeting, List.of(), Map.of());
	}

	@PostMapping("/meetings/{meetingId:\\d+}/agenda")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(operationId = "placeOnCommitteeAgenda",
			summary = "Puts a request in triage on the meeting's agenda, which takes it to review (the chair)")
	@ApiResponse(responseCode = "201", description = "Created")
	AgendaEntryJson place(HubViewer viewer, @PathVariable long meetingId, @Valid @RequestBody AgendaInput in) {
		Seats.requireChair(viewer);
		Hub hub = viewer.hub();
		Meeting meeting = agenda.meeting(hub, meetingId);
		HelpRequest request = requests.byNumber(hub, in.number())
			.orElseThrow(() -> new Refusal("number", "committee.api.error.number"));
		AgendaItem item = agenda.place(hub, meeting, request, in.version(), viewer.id());
		HelpRequest placed = requests.byId(item.getRequestId()).orElse(request);
		return entry(hub, placed, false);
	}

	@GetMapping("/queue")
	@Operation(operationId = "getCommitteeQueue",
			summary = "The requests on the agendas not yet decided, with the caller's part in each (committee members)")
	List<QueueEntryJson> queue(HubViewer viewer) {
		Seats.requireMember(viewer);
		Hub hub = viewer.hub();
		long me = viewer.id();
		List<QueueEntryJson> queue = new ArrayList<>();
		for (ReviewQueue.Entry entry : reviewQueue.all(hub)) {
			HelpRequest request = entry.request();
			AgendaItem item = entry.item();
			boolean conflicted = entry.conflicted(me);
			QuorumJson quorum = conflicted ? null
					: new QuorumJson(entry.scored(), entry.eligible().size(), entry.quorate());
			queue.add(new QueueEntryJson(request.getNumber(), request.reference(hub.getNumberPrefix()),
					request.getTitle(), request.getState(), item.getMeeting().getId(),
					item.getMeeting().getStartsAt(), !conflicted && entry.complete().contains(me), conflicted, quorum));
		}
		return queue;
	}

	private MeetingJson meeting(Hub hub, Meeting meeting, List<AgendaItem> items, Map<Long, HelpRequest> requests) {
		List<AgendaEntryJson> entries = items.stream().filter(i -> requests.containsKey(i.getRequestId()))
			.map(i -> entry(hub, requests.get(i.getRequestId()), i.getDecidedAt() != null))
			.toList();
		return new MeetingJson(meeting.getId(), meeting.getStartsAt(), meeting.getMinutes(), meeting.getEndsAt(),
				meeting.getVideoLink(), entries);
	}

	private static AgendaEntryJson entry(Hub hub, HelpRequest request, boolean decided) {
		return new AgendaEntryJson(request.getNumber(), request.reference(hub.getNumberPrefix()), request.getTitle(),
				request.getState(), decided);
	}

	private Map<Long, HelpRequest> byId(List<Long> ids) {
		return requests.byIds(ids.stream().distinct().toList()).stream()
			.collect(Collectors.toMap(HelpRequest::getId, Function.identity()));
	}

	private static <T> List<T> concat(List<T> one, List<T> other) {
		List<T> all = new ArrayList<>(one);
		all.addAll(other);
		return all;
	}
}
