package org.hubdesk.request;

import java.util.List;

import org.hubdesk.hub.Hub;
import org.hubdesk.hub.HubRole;
import org.hubdesk.hub.HubViewer;
import org.hubdesk.hub.Hubs;
import org.hubdesk.request.ReadScope.Reach;
import org.hubdesk.shared.Refusal;
import org.springframework.modulith.NamedInterface;
import org.springframework.stereotype.Component;

/**
 * Who may read and work a request: its requester and co-requesters read it; the hub's staff (and
 * its administrators) read everything, internal notes included, and work it. Nobody else. The rule
 * is written once, as the {@link ReadScope} computed here; the lookups of the request pages and of
 * the API answer from it, refusing what the person may not read as not there (404) and work on what
 * they may read but not work as forbidden (403).
 */
@NamedInterface("api")
@Component
public class RequestAccess {

	private final Hubs hubs;
	private final Requests requests;
	private final List<RequestReaders> readers;

	RequestAccess(Hubs hubs, Requests requests, List<RequestReaders> readers) {
		this.hubs = hubs;
		this.requests = requests;
		this.readers = List.copyOf(readers);
	}

	/** What the viewer reads of their hub's requests. */
	public ReadScope scope(HubViewer viewer) {
		return scope(viewer.hub(), viewer.personId(), viewer.isStaff());
	}

	/** What the person (or nobody, for null) reads of the hub's requests. */
	public ReadScope scope(Hub hub, Long personId) {
		return scope(hub, personId, personId != null && HubRole.staff(hubs.rolesOf(hub, personId)));
	}

	private static ReadScope scope(Hub hub, Long personId, boolean staff) {
		Reach reach = personId == null ? Reach.NONE : staff ? Reach.HUB : Reach.OWN;
		return new ReadScope(hub.getId(), personId, reach);
	}

	/** The submitted request with this number, when the viewer reads it; else it is not there (404). */
	public HelpRequest readable(HubViewer viewer, int number) {
		ReadScope scope = scope(viewer);
		return requests.byNumber(viewer.hub(), number).filter(scope::reads).orElseThrow(Refusal::notFound);
	}

	/**
	 * The submitted request with this number, to be shown to the viewer: to those who read it, and its
	 * public part to the readers a module adds ({@link RequestReaders}); else it is not there (404).
	 * Only for showing: whoever acts on a request finds it by {@link #readable}.
	 */
	public HelpRequest shown(HubViewer viewer, int number) {
		ReadScope scope = scope(viewer);
		return requests.byNumber(viewer.hub(), number)
			.filter(r -> scope.reads(r) || r.getState() != RequestState.DRAFT && viewer.signedIn()
					&& readers.stream().anyMatch(reader -> reader.reads(r, viewer)))
			.orElseThrow(Refusal::notFound);
	}

	/**
	 * The request with this number, for the hub's staff to work: not there (404) to whoever does not
	 * read it, forbidden (403) to whoever reads it but is not staff.
	 */
	public HelpRequest workable(HubViewer viewer, int number) {
		HelpRequest request = readable(viewer, number);
		viewer.requireStaff();
		return request;
	}

	/** The draft with this id, when the viewer requests or co-requests it; else it is not there (404). */
	public HelpRequest ownDraft(HubViewer viewer, long id) {
		ReadScope scope = scope(viewer);
		return requests.byId(id).filter(scope::readsDraft).orElseThrow(Refusal::notFound);
	}

	public boolean isStaff(Hub hub, Long personId) {
		return hubs.isStaff(hub, personId);
	}

	/** Whether the person reads the request (see {@link ReadScope#reads(HelpRequest)}). */
	public boolean canRead(Hub hub, HelpRequest request, Long personId) {
		return scope(hub, personId).reads(request);
	}

	/** Whether the person may see internal notes and internal timeline entries of the hub's requests. */
	public boolean seesInternal(Hub hub, Long personId) {
		return scope(hub, personId).internalNotes();
	}
}
