package org.hubdesk.request;

import org.hubdesk.hub.Hub;
import org.hubdesk.hub.HubRole;
import org.hubdesk.hub.Hubs;
import org.springframework.stereotype.Component;

/**
 * Who may read and work a request: its requester and co-requesters read it; the hub's staff (and
 * its administrators) read everything, internal notes included, and work it. Nobody else.
 */
@Component
public class RequestAccess {

	private final Hubs hubs;

	RequestAccess(Hubs hubs) {
		this.hubs = hubs;
	}

	public boolean isStaff(Hub hub, Long personId) {
		return hubs.hasRole(hub, personId, HubRole.STAFF) || hubs.hasRole(hub, personId, HubRole.ADMIN);
	}

	public boolean canRead(Hub hub, HelpRequest request, Long personId) {
		if (personId == null || !request.getHubId().equals(hub.getId())) {
			return false;
		}
		if (request.isRequestedBy(personId)) {
			return true;
		}
		return request.getState() != RequestState.DRAFT && isStaff(hub, personId);
	}

	/** Whether the person may see internal notes and internal timeline entries of the hub's requests. */
	public boolean seesInternal(Hub hub, Long personId) {
		return isStaff(hub, personId);
	}
}
