package org.hubdesk.request.api;

import java.net.URI;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;

import org.hubdesk.hub.Hub;
import org.hubdesk.hub.HubViewer;
import org.hubdesk.identity.People;
import org.hubdesk.identity.Person;
import org.hubdesk.request.HelpRequest;
import org.hubdesk.request.RequestAccess;
import org.hubdesk.request.RequestMessage;
import org.hubdesk.request.Requests;
import org.hubdesk.request.api.RequestApiJson.AssignmentInput;
import org.hubdesk.request.api.RequestApiJson.MessageInput;
import org.hubdesk.request.api.RequestApiJson.MessageJson;
import org.hubdesk.request.api.RequestApiJson.RequestJson;
import org.hubdesk.request.api.RequestApiJson.TransitionInput;
import org.hubdesk.shared.Refusal;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Working a request in the REST API: staff move it by the lifecycle and assign it; the requesters
 * and staff post replies, and staff internal notes. Who cannot read the request gets 404; who can read it but may
 * not do this, 403.
 */
@RestController
@RequestMapping("/api/v1/hubs/{slug}/requests/{number:\\d+}")
@Tag(name = "Requests")
class RequestWorkApiController {

	private final Requests requests;
	private final RequestAccess access;
	private final RequestApiViews views;
	private final People people;

	RequestWorkApiController(Requests requests, RequestAccess access, RequestApiViews views, People people) {
		this.requests = requests;
		this.access = access;
		this.views = views;
		this.people = people;
	}

	@PostMapping("/transitions")
	@Operation(operationId = "transitionRequest", summary = "Moves a request by the lifecycle, with a reason (staff only)")
	RequestJson transition(HubViewer viewer, @PathVariable int number, @Valid @RequestBody TransitionInput in) {
		Hub hub = viewer.hub();
		HelpRequest request = access.workable(viewer, number);
		Long mergedInto = null;
		if (in.duplicateOf() != null) {
			mergedInto = requests.byNumber(hub, in.duplicateOf())
				.map(HelpRequest::getId)
				.orElseThrow(() -> new Refusal("duplicateOf", "request.error.merge-target"));
		}
		HelpRequest moved = requests.transition(request, in.version(), in.to(), viewer.id(), in.reason(),
				in.resolution(), mergedInto);
		return views.detail(hub, moved, true);
	}

	@PostMapping("/assignment")
	@Operation(operationId = "assignRequest",
			summary = "Assigns a request to a member of staff, or to nobody (staff only)")
	RequestJson assign(HubViewer viewer, @PathVariable int number, @Valid @RequestBody AssignmentInput in) {
		Hub hub = viewer.hub();
		HelpRequest request = access.workable(viewer, number);
		Long assignee = null;
		if (in.assignee() != null && !in.assignee().isBlank()) {
			assignee = people.byUsername(in.assignee())
				.map(Person::getId)
				.filter(id -> access.isStaff(hub, id))
				.orElseThrow(() -> new Refusal("assignee", "api.error.assignee"));
		}
		return views.detail(hub, requests.assign(request, in.version(), assignee, viewer.id()), true);
	}

	@PostMapping("/messages")
	@Operation(operationId = "postMessage", summary = "Posts a reply, or for staff an internal note",
			description = "Staff must say which with internal (true or false); a requester's message is a public reply.")
	@ApiResponse(responseCode = "201", description = "Created")
	ResponseEntity<MessageJson> post(HubViewer viewer, @PathVariable int number,
			@Valid @RequestBody MessageInput in) {
		HelpRequest request = access.readable(viewer, number);
		boolean staff = viewer.isStaff();
		if (staff && in.internal() == null) {
			// staff say which it is: a note meant to stay internal must never go out by default
			throw new Refusal("internal", "api.error.internal");
		}
		if (in.isInternal() && !staff) {
			throw Refusal.forbidden();
		}
		RequestMessage message = requests.post(request, viewer.id(), staff, in.body(), in.isInternal());
		URI location = URI.create("/api/v1/hubs/" + viewer.hub().getSlug() + "/requests/" + number + "#message-"
				+ message.getId());
		return ResponseEntity.created(location).body(views.message(message));
	}
}
