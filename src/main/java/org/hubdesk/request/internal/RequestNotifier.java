package org.hubdesk.request.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.BiConsumer;

import org.hubdesk.hub.Hub;
import org.hubdesk.hub.HubRole;
import org.hubdesk.hub.Hubs;
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
 * Whoever caused it is never told of it.
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
				hubs.holdersOf(hub, HubRole.STAFF), null, RequestNotificationKind.NEW_REQUEST, null));
	}

	@ApplicationModuleListener
	void on(MessagePosted event) {
		withRequest(event.hubId(), event.requestId(), (hub, request) -> {
			if (event.internal()) {
				send(hub, request, assignee(request), event.authorId(), RequestNotificationKind.INTERNAL_NOTE, null);
			}
			else if (request.isRequestedBy(event.authorId())) {
				send(hub, request, assigneeOrStaff(hub, request), event.authorId(),
						RequestNotificationKind.REQUESTER_REPLY, null);
			}
			else {
				send(hub, request, requesters(request), event.authorId(), RequestNotificationKind.REPLY, null);
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
			send(hub, request, recipients, event.actorId(), RequestNotificationKind.STATUS_CHANGED,
					event.to().name());
		});
	}

	@ApplicationModuleListener
	void on(ReminderSent event) {
		withRequest(event.hubId(), event.requestId(), (hub, request) -> send(hub, request, requesters(request), null,
				RequestNotificationKind.REMINDER, null));
	}

	@ApplicationModuleListener
	void on(RequestAssigned event) {
		if (event.assigneeId() == null) {
			return;
		}
		withRequest(event.hubId(), event.requestId(), (hub, request) -> send(hub, request,
				List.of(event.assigneeId()), event.actorId(), RequestNotificationKind.ASSIGNED, null));
	}

	private void withRequest(long hubId, long requestId, BiConsumer<Hub, HelpRequest> action) {
		hubs.byId(hubId).ifPresent(hub -> requests.byId(requestId).ifPresent(request -> action.accept(hub, request)));
	}

	private void send(Hub hub, HelpRequest request, List<Long> recipients, Long actorId, RequestNotificationKind kind,
			String state) {
		List<Long> others = recipients.stream().filter(id -> !Objects.equals(id, actorId)).toList();
		if (others.isEmpty() || request.getNumber() == null) {
			return;
		}
		Map<String, String> facts = new LinkedHashMap<>();
		facts.put(RequestNotificationKind.REFERENCE, request.reference(hub.getNumberPrefix()));
		facts.put(RequestNotificationKind.TITLE, request.getTitle());
		if (state != null) {
			facts.put(RequestNotificationKind.STATE, state);
		}
		notifications.send(kind, hub, facts, "/hubs/" + hub.getSlug() + "/requests/" + request.getNumber(), others);
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
