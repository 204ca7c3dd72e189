package org.hubdesk.notification.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.hubdesk.hub.Hub;
import org.hubdesk.hub.HubRole;
import org.hubdesk.hub.Hubs;
import org.hubdesk.notification.Notification.Kind;
import org.hubdesk.notification.Notifications;
import org.hubdesk.request.HelpRequest;
import org.hubdesk.request.RequestEvents.MessagePosted;
import org.hubdesk.request.RequestEvents.ReminderSent;
import org.hubdesk.request.RequestEvents.RequestAssigned;
import org.hubdesk.request.RequestEvents.RequestStatusChanged;
import org.hubdesk.request.RequestEvents.RequestSubmitted;
import org.hubdesk.request.Requests;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Turns what happens to requests into notifications for the people it concerns: a new request for
 * the hub's staff, a reply or a status change for the requesters, a requester's answer for the
 * assignee (else the staff), an assignment for the assignee. An internal note reaches staff only.
 */
@Component
class RequestNotifier {

	private final Notifications notifications;
	private final Requests requests;
	private final Hubs hubs;

	RequestNotifier(Notifications notifications, Requests requests, Hubs hubs) {
		this.notifications = notifications;
		this.requests = requests;
		this.hubs = hubs;
	}

	@ApplicationModuleListener
	void on(RequestSubmitted event) {
		withRequest(event.hubId(), event.requestId(), (hub, request) -> send(hub, request,
				hubs.holdersOf(hub, HubRole.STAFF), null, Kind.NEW_REQUEST, null));
	}

	@ApplicationModuleListener
	void on(MessagePosted event) {
		withRequest(event.hubId(), event.requestId(), (hub, request) -> {
			boolean byRequester = request.isRequestedBy(event.authorId());
			if (event.internal()) {
				send(hub, request, assignee(request), event.authorId(), Kind.INTERNAL_NOTE, null);
			}
			else if (byRequester) {
				send(hub, request, assigneeOrStaff(hub, request), event.authorId(), Kind.REQUESTER_REPLY, null);
			}
			else {
				send(hub, request, requesters(request), event.authorId(), Kind.REPLY, null);
			}
		});
	}

	@ApplicationModuleListener
	void on(RequestStatusChanged event) {
		withRequest(event.hubId(), event.requestId(), (hub, request) -> {
			List<Long> recipients = new ArrayList<>(requesters(request));
			if (event.actorId() != null && request.isRequestedBy(event.actorId())) {
				recipients.addAll(assigneeOrStaff(hub, request));
			}
			send(hub, request, recipients, event.actorId(), Kind.STATUS_CHANGED, event.to().name());
		});
	}

	@ApplicationModuleListener
	void on(ReminderSent event) {
		withRequest(event.hubId(), event.requestId(),
				(hub, request) -> send(hub, request, requesters(request), null, Kind.REMINDER, null));
	}

	@ApplicationModuleListener
	void on(RequestAssigned event) {
		if (event.assigneeId() == null) {
			return;
		}
		withRequest(event.hubId(), event.requestId(),
				(hub, request) -> send(hub, request, List.of(event.assigneeId()), event.actorId(), Kind.ASSIGNED, null));
	}

	private void withRequest(long hubId, long requestId, java.util.function.BiConsumer<Hub, HelpRequest> action) {
		hubs.byId(hubId).ifPresent(hub -> requests.byId(requestId).ifPresent(request -> action.accept(hub, request)));
	}

	private void send(Hub hub, HelpRequest request, List<Long> recipients, Long actorId, Kind kind, String detail) {
		List<Long> others = recipients.stream().filter(id -> !Objects.equals(id, actorId)).toList();
		if (others.isEmpty() || request.getNumber() == null) {
			return;
		}
		notifications.notify(others, hub.getId(), request.getId(), kind, request.reference(hub.getNumberPrefix()),
				request.getTitle(), detail, "/hubs/" + hub.getSlug() + "/requests/" + request.getNumber());
	}

	private static List<Long> requesters(HelpRequest request) {
		List<Long> ids = new ArrayList<>();
		ids.add(request.getRequesterId());
		ids.addAll(request.getCoRequesterIds());
		return ids;
	}

	private static List<Long> assignee(HelpRequest request) {
		return request.getAssigneeId() == null ? List.of() : List.of(request.getAssigneeId());
	}

	private List<Long> assigneeOrStaff(Hub hub, HelpRequest request) {
		return request.getAssigneeId() != null ? assignee(request) : hubs.holdersOf(hub, HubRole.STAFF);
	}
}
