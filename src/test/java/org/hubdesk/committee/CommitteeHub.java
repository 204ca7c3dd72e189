package org.hubdesk.committee;

import java.util.List;
import java.util.Set;

import org.hubdesk.SignedIn;
import org.hubdesk.hub.Hub;
import org.hubdesk.hub.HubRole;
import org.hubdesk.hub.Hubs;
import org.hubdesk.hub.NeedNode;
import org.hubdesk.identity.People;
import org.hubdesk.identity.Person;
import org.hubdesk.request.HelpRequest;
import org.hubdesk.request.Platform;
import org.hubdesk.request.RequestDetails;
import org.hubdesk.request.RequestState;
import org.hubdesk.request.Requests;
import org.hubdesk.request.RightsStatus;

/**
 * A hub of a committee test's own (the tests share one application and its demo hub), made from the
 * content-partnerships template, with the people it seats and requests brought to triage.
 */
final class CommitteeHub {

	final Hub hub;
	final Person staff;

	private final Hubs hubs;
	private final People people;
	private final Requests requests;

	CommitteeHub(Hubs hubs, People people, Requests requests, String name) {
		this.hubs = hubs;
		this.people = people;
		this.requests = requests;
		String prefix = SignedIn.randomPrefix();
		this.hub = hubs.createFromTemplate("content-partnerships", name + "-" + prefix.toLowerCase(), name + " hub",
				prefix, List.of("en", "sv"), "en");
		this.staff = seat("staff", HubRole.STAFF);
	}

	/** A new person holding the role in the hub. */
	Person seat(String name, HubRole role) {
		Person person = SignedIn.newPerson(people, name);
		hubs.grant(hub, person.getUsername(), role, null);
		return person;
	}

	/** A request of the requester, submitted and taken to triage by the hub's staff. */
	HelpRequest inTriage(Person requester, String title, String language, String description, Set<String> coRequesters) {
		long need = NeedNode.flatten(hubs.codebook(hub)).get(0).need().getId();
		RequestDetails details = new RequestDetails(title, null, null, "Museum", null, "photos", "10",
				RightsStatus.CLEARED, Set.of(Platform.COMMONS), "Articles", null, language, null, description, true,
				Set.of(need));
		HelpRequest r = requests.startDraft(hub, requester.getId(), requester.getId(), details, coRequesters);
		r = requests.submit(hub, r, r.getVersion(), requester.getId());
		return requests.transition(r, r.getVersion(), RequestState.TRIAGE, staff.getId(), "triage", null, null);
	}

	/** The request taken on to review by the hub's staff. */
	HelpRequest inReview(HelpRequest inTriage) {
		return requests.transition(inTriage, inTriage.getVersion(), RequestState.IN_REVIEW, staff.getId(), "review",
				null, null);
	}
}
