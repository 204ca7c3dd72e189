package org.hubdesk.request;

import java.util.Set;

import org.hubdesk.hub.Hub;
import org.hubdesk.hub.Hubs;
import org.hubdesk.identity.People;
import org.hubdesk.identity.Person;
import org.hubdesk.notification.NotificationCreated;
import org.hubdesk.request.RequestEvents.MessagePosted;
import org.hubdesk.request.RequestEvents.RequestStatusChanged;
import org.hubdesk.request.RequestEvents.RequestSubmitted;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.modulith.test.Scenario;
import org.springframework.test.context.ActiveProfiles;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The request module on its own with the modules it uses directly (no search, no web): what it
 * publishes when a request is submitted, moved and answered, and what the people concerned hear of
 * it through its listeners.
 */
@ApplicationModuleTest(mode = BootstrapMode.DIRECT_DEPENDENCIES)
@ActiveProfiles("demo")
class RequestModuleEventsTests {

	@Autowired
	Requests requests;

	@Autowired
	Hubs hubs;

	@Autowired
	People people;

	Hub hub;
	Person requester;
	Person staff;

	@BeforeEach
	void setUp() {
		hub = hubs.bySlug("content-partnerships").orElseThrow();
		requester = people.byUsername("requester2").orElseThrow();
		staff = people.byUsername("staff").orElseThrow();
	}

	@Test
	void aSubmissionIsPublishedWithItsNumberAndTheStaffHearOfIt(Scenario scenario) {
		HelpRequest draft = draft("Scanned letters of a botanist");
		scenario.stimulate(() -> requests.submit(hub, draft, draft.getVersion(), requester.getId()))
			.andWaitForEventOfType(RequestSubmitted.class)
			.matching(e -> e.requestId() == draft.getId())
			.toArriveAndVerify(e -> {
				assertThat(e.number()).isPositive();
				assertThat(e.requesterId()).isEqualTo(requester.getId());
			});
		scenario.stimulate(() -> draft.getId())
			.andWaitForEventOfType(NotificationCreated.class)
			.matching(e -> e.personId() == staff.getId() && e.kind().equals("request.new-request")
					&& e.link().endsWith("/requests/" + requests.byId(draft.getId()).orElseThrow().getNumber()))
			.toArrive();
	}

	@Test
	void aTransitionIsPublishedWithWhoMovedItAndWhyAndTheRequesterHearsOfIt(Scenario scenario) {
		HelpRequest request = submitted("Maps of a county archive");
		scenario.stimulate(() -> requests.transition(request, request.getVersion(), RequestState.TRIAGE,
				staff.getId(), "looking at the maps", null, null))
			.andWaitForEventOfType(RequestStatusChanged.class)
			.matching(e -> e.requestId() == request.getId())
			.toArriveAndVerify(e -> {
				assertThat(e.from()).isEqualTo(RequestState.SUBMITTED);
				assertThat(e.to()).isEqualTo(RequestState.TRIAGE);
				assertThat(e.actorId()).isEqualTo(staff.getId());
				assertThat(e.reason()).isEqualTo("looking at the maps");
			});
		scenario.stimulate(() -> request.getId())
			.andWaitForEventOfType(NotificationCreated.class)
			.matching(e -> e.personId() == requester.getId() && e.kind().equals("request.status-changed"))
			.toArrive();
	}

	@Test
	void anInternalNoteIsPublishedAsInternalAndNeverReachesTheRequester(Scenario scenario) {
		HelpRequest request = submitted("Glass plate negatives");
		scenario.stimulate(() -> requests.post(request, staff.getId(), true, "Check the licence first", true))
			.andWaitForEventOfType(MessagePosted.class)
			.matching(e -> e.requestId() == request.getId())
			.toArriveAndVerify(e -> assertThat(e.internal()).isTrue());
		scenario.stimulate(() -> requests.post(request, staff.getId(), true, "Thank you, we will look at it", false))
			.andWaitForEventOfType(NotificationCreated.class)
			.matching(e -> e.personId() == requester.getId())
			.toArriveAndVerify(e -> assertThat(e.kind()).isEqualTo("request.reply"));
	}

	private HelpRequest submitted(String title) {
		HelpRequest draft = draft(title);
		return requests.submit(hub, draft, draft.getVersion(), requester.getId());
	}

	private HelpRequest draft(String title) {
		RequestDetails details = new RequestDetails(title, null, "A local history society", "County archive", null,
				"scans", "300 files", RightsStatus.CLEARED, Set.of(Platform.COMMONS),
				"Articles on the county's parishes", null, "en", null, "Scans", true,
				Set.of(hubs.codebook(hub).get(0).need().getId()));
		return requests.startDraft(hub, requester.getId(), requester.getId(), details, Set.of());
	}
}
