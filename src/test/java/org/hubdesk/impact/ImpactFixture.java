package org.hubdesk.impact;

import java.util.List;
import java.util.Set;

import org.hubdesk.SignedIn;
import org.hubdesk.directory.Directory;
import org.hubdesk.hub.Hub;
import org.hubdesk.hub.HubRole;
import org.hubdesk.hub.Hubs;
import org.hubdesk.hub.NeedNode;
import org.hubdesk.identity.ApiTokens;
import org.hubdesk.identity.People;
import org.hubdesk.identity.Person;
import org.hubdesk.request.HelpRequest;
import org.hubdesk.request.Platform;
import org.hubdesk.request.RequestDetails;
import org.hubdesk.request.RequestState;
import org.hubdesk.request.Requests;
import org.hubdesk.request.RightsStatus;
import org.springframework.context.ApplicationContext;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.json.JsonMapper;

/**
 * A hub of its own for an impact test (tests share one application context): staff, a requester and
 * another hub's requester, each with an API token, and requests moved as far as a test needs.
 */
final class ImpactFixture {

	final MockMvc mvc;
	final JsonMapper json;
	final People people;
	final Hubs hubs;
	final Requests requests;
	final Hub hub;
	final Person staffPerson;
	final Person requesterPerson;
	final Person strangerPerson;
	final String staff;
	final String requester;
	final String stranger;
	private final Directory directory;

	ImpactFixture(ApplicationContext context) {
		mvc = context.getBean(MockMvc.class);
		json = context.getBean(JsonMapper.class);
		people = context.getBean(People.class);
		hubs = context.getBean(Hubs.class);
		requests = context.getBean(Requests.class);
		directory = context.getBean(Directory.class);
		String prefix = SignedIn.randomPrefix();
		hub = hubs.createFromTemplate("content-partnerships", "impact-" + prefix.toLowerCase(), "Impact hub", prefix,
				List.of("en", "sv"), "en");
		staffPerson = SignedIn.newPerson(people, "staff");
		hubs.grant(hub, staffPerson.getUsername(), HubRole.STAFF, null);
		requesterPerson = SignedIn.newPerson(people, "asker");
		strangerPerson = SignedIn.newPerson(people, "stranger");
		ApiTokens tokens = context.getBean(ApiTokens.class);
		staff = tokens.create(staffPerson.getId(), "impact tests").secret();
		requester = tokens.create(requesterPerson.getId(), "impact tests").secret();
		stranger = tokens.create(strangerPerson.getId(), "impact tests").secret();
	}

	String api(int number) {
		return "/api/v1/hubs/" + hub.getSlug() + "/requests/" + number + "/impact";
	}

	String page(int number) {
		return "/hubs/" + hub.getSlug() + "/requests/" + number + "/impact";
	}

	/** A submitted request of the requester, in triage. */
	HelpRequest inTriage(String title) {
		long need = NeedNode.flatten(hubs.codebook(hub)).get(0).need().getId();
		long affiliate = directory.affiliateNamed("Wikimedia Sverige").orElseThrow().getId();
		RequestDetails details = new RequestDetails(title, affiliate, null, "Example Archive", "Q1234567", "maps",
				"300", RightsStatus.CLEARED, Set.of(Platform.COMMONS), "Illustrating articles", null, "en", null, null,
				true, Set.of(need));
		long asker = requesterPerson.getId();
		HelpRequest r = requests.startDraft(hub, asker, asker, details, Set.of());
		r = requests.submit(hub, r, r.getVersion(), asker);
		return move(r, RequestState.TRIAGE);
	}

	/** A request of the requester, accepted by staff after review. */
	HelpRequest accepted(String title) {
		HelpRequest r = move(inTriage(title), RequestState.IN_REVIEW);
		return move(r, RequestState.ACCEPTED);
	}

	HelpRequest move(HelpRequest r, RequestState to) {
		return requests.transition(r, r.getVersion(), to, staffPerson.getId(), "moved for the test", null, null);
	}
}
