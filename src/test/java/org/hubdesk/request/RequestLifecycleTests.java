package org.hubdesk.request;

import java.util.List;
import java.util.Set;

import org.hubdesk.DemoTest;
import org.hubdesk.SignedIn;
import org.hubdesk.hub.Hub;
import org.hubdesk.hub.HubRole;
import org.hubdesk.hub.Hubs;
import org.hubdesk.identity.People;
import org.hubdesk.identity.Person;
import org.hubdesk.shared.Refusal;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@DemoTest
class RequestLifecycleTests {

	@Autowired
	Requests requests;

	@Autowired
	RequestAccess access;

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
		requester = SignedIn.newPerson(people, "asker");
		staff = people.byUsername("staff").orElseThrow();
	}

	@Test
	void aDraftIsSubmittedWithTheHubsNextNumberAndTheRequesterJoinsTheHub() {
		HelpRequest draft = requests.startDraft(hub, requester.getId(), requester.getId(), details("Draft only"), Set.of());
		assertThat(draft.getState()).isEqualTo(RequestState.DRAFT);
		assertThat(draft.getNumber()).isNull();
		HelpRequest first = requests.submit(hub, draft, draft.getVersion(), requester.getId());
		HelpRequest second = submitted("Another");
		assertThat(first.getState()).isEqualTo(RequestState.SUBMITTED);
		assertThat(second.getNumber()).isEqualTo(first.getNumber() + 1);
		assertThat(first.reference(hub.getNumberPrefix())).isEqualTo("CP-" + first.getNumber());
		assertThat(hubs.rolesOf(hub, requester.getId())).contains(HubRole.REQUESTER);
	}

	@Test
	void aSubmissionWithoutAUsefulnessPlanIsRefusedNamingTheField() {
		RequestDetails noPlan = new RequestDetails("No plan", null, null, null, null, null, null, null, Set.of(), " ",
				null, "en", null, null, false, needs());
		HelpRequest draft = requests.startDraft(hub, requester.getId(), requester.getId(), noPlan, Set.of());
		assertThatThrownBy(() -> requests.submit(hub, draft, draft.getVersion(), requester.getId()))
			.isInstanceOfSatisfying(Refusal.class, ex -> assertThat(ex.getField()).isEqualTo("usefulnessPlan"));
	}

	@Test
	void theLifecycleRefusesIllegalTransitionsAndRecordsEveryLegalOneWithItsReason() {
		hub = hubWhereStaffDecide();
		HelpRequest request = submitted("Lifecycle");
		assertThatThrownBy(() -> requests.transition(request, request.getVersion(), RequestState.ACCEPTED,
				staff.getId(), "too early", null, null))
			.isInstanceOf(Refusal.class);
		HelpRequest triage = requests.transition(request, request.getVersion(), RequestState.TRIAGE, staff.getId(),
				"looking at it", null, null);
		HelpRequest review = requests.transition(triage, triage.getVersion(), RequestState.IN_REVIEW, staff.getId(),
				"fits the hub", null, null);
		HelpRequest accepted = requests.transition(review, review.getVersion(), RequestState.ACCEPTED, staff.getId(),
				"useful content", null, null);
		assertThat(accepted.getState()).isEqualTo(RequestState.ACCEPTED);
		assertThat(requests.timeline(accepted, false)).filteredOn(e -> e.getKind() == TimelineEntry.Kind.STATUS_CHANGED)
			.extracting(TimelineEntry::getToState, TimelineEntry::getDetail)
			.containsExactly(org.assertj.core.groups.Tuple.tuple(RequestState.TRIAGE, "looking at it"),
					org.assertj.core.groups.Tuple.tuple(RequestState.IN_REVIEW, "fits the hub"),
					org.assertj.core.groups.Tuple.tuple(RequestState.ACCEPTED, "useful content"));
	}

	@Test
	void closingFromTriageNeedsAResolutionAndADuplicateItsOriginal() {
		HelpRequest original = submitted("Original");
		HelpRequest copy = submitted("Copy");
		assertThatThrownBy(() -> requests.transition(copy, copy.getVersion(), RequestState.CLOSED, staff.getId(), "dup",
				null, null)).isInstanceOfSatisfying(Refusal.class,
						ex -> assertThat(ex.getField()).isEqualTo("resolution"));
		HelpRequest closed = requests.transition(copy, copy.getVersion(), RequestState.CLOSED, staff.getId(),
				"same as the other", Resolution.DUPLICATE, original.getId());
		assertThat(closed.getResolution()).isEqualTo(Resolution.DUPLICATE);
		assertThat(closed.getMergedIntoId()).isEqualTo(original.getId());
	}

	@Test
	void aSecondSaveOnAStaleVersionIsRefused() {
		HelpRequest request = submitted("Contended");
		long loaded = request.getVersion();
		requests.transition(request, loaded, RequestState.TRIAGE, staff.getId(), "first", null, null);
		assertThatThrownBy(() -> requests.transition(request, loaded, RequestState.TRIAGE, staff.getId(), "second",
				null, null)).isInstanceOf(StaleRequestException.class);
	}

	@Test
	void internalNotesNeverReachTheRequestersViewAndAnAnswerReturnsToTriage() {
		HelpRequest request = submitted("Questions");
		HelpRequest triage = requests.transition(request, request.getVersion(), RequestState.TRIAGE, staff.getId(), "in",
				null, null);
		requests.post(triage, staff.getId(), true, "Partner seems hesitant about CC BY-SA", true);
		HelpRequest waiting = requests.transition(triage, requests.byId(triage.getId()).orElseThrow().getVersion(),
				RequestState.WAITING_FOR_REQUESTER, staff.getId(), "How many photographs?", null, null);
		assertThat(waiting.getFirstResponseAt()).isNotNull();
		requests.post(waiting, requester.getId(), false, "About 2,000 photographs", false);
		HelpRequest answered = requests.byId(request.getId()).orElseThrow();
		assertThat(answered.getState()).isEqualTo(RequestState.TRIAGE);
		assertThat(requests.messages(answered, false)).extracting(RequestMessage::getBody)
			.containsExactly("About 2,000 photographs");
		assertThat(requests.messages(answered, true)).hasSize(2);
		assertThat(requests.timeline(answered, false)).noneMatch(TimelineEntry::isInternal);
		assertThatThrownBy(() -> requests.post(answered, requester.getId(), false, "sneaky", true))
			.isInstanceOf(Refusal.class);
	}

	@Test
	void onlyTheRequestersAndTheHubsStaffReadARequest() {
		HelpRequest request = submitted("Private");
		Person stranger = SignedIn.newPerson(people, "stranger");
		assertThat(access.canRead(hub, request, requester.getId())).isTrue();
		assertThat(access.canRead(hub, request, staff.getId())).isTrue();
		assertThat(access.canRead(hub, request, stranger.getId())).isFalse();
		assertThat(access.canRead(hub, request, people.byUsername("requester2").orElseThrow().getId())).isFalse();
	}

	@Test
	void theRequesterWithdrawsBeforeCompletion() {
		HelpRequest request = submitted("Never mind");
		HelpRequest withdrawn = requests.withdraw(request, request.getVersion(), requester.getId(), "found help");
		assertThat(withdrawn.getState()).isEqualTo(RequestState.WITHDRAWN);
		assertThatThrownBy(() -> requests.withdraw(withdrawn, withdrawn.getVersion(), requester.getId(), null))
			.isInstanceOf(Refusal.class);
	}

	/**
	 * A hub of its own whose committee leaves the decisions after review to staff: the demo hub's
	 * committee makes them itself.
	 */
	private Hub hubWhereStaffDecide() {
		String prefix = SignedIn.randomPrefix();
		Hub own = hubs.createFromTemplate("content-partnerships", "lifecycle-" + prefix.toLowerCase(), "Lifecycle hub",
				prefix, List.of("en", "sv"), "en");
		hubs.grant(own, staff.getUsername(), HubRole.STAFF, null);
		return own;
	}

	private HelpRequest submitted(String title) {
		HelpRequest draft = requests.startDraft(hub, requester.getId(), requester.getId(), details(title), Set.of());
		return requests.submit(hub, draft, draft.getVersion(), requester.getId());
	}

	private RequestDetails details(String title) {
		return new RequestDetails(title, null, "A museum friends' association", "Nationalmuseum", "Q842858",
				"photographs", "2,000 files", RightsStatus.CLEARED, Set.of(Platform.COMMONS, Platform.WIKIDATA),
				"Articles about Swedish painters on sv and en Wikipedia", null, "sv", "spring 2027", "Portraits",
				true, needs());
	}

	private Set<Long> needs() {
		return Set.of(hubs.codebook(hub).get(3).children().get(0).need().getId());
	}
}
