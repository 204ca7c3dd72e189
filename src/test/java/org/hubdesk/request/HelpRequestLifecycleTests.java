package org.hubdesk.request;

import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Stream;

import org.hubdesk.request.RequestEvents.MessagePosted;
import org.hubdesk.request.RequestEvents.ReminderSent;
import org.hubdesk.request.RequestEvents.RequestAssigned;
import org.hubdesk.request.RequestEvents.RequestStatusChanged;
import org.hubdesk.request.RequestEvents.RequestSubmitted;
import org.hubdesk.shared.Refusal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.test.util.ReflectionTestUtils;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The rules of a request's lifecycle, on the aggregate alone: no database, no Spring context. */
class HelpRequestLifecycleTests {

	static final long HUB = 1;
	static final long ID = 7;
	static final long REQUESTER = 3;
	static final long CO_REQUESTER = 4;
	static final long STAFF = 5;
	static final long STRANGER = 6;
	static final Instant CREATED = Instant.parse("2025-03-01T10:00:00Z");
	static final Instant NOW = Instant.parse("2025-03-02T10:00:00Z");

	@Test
	void aCompleteDraftIsSubmittedWithItsNumberAndAnnouncesIt() {
		HelpRequest request = draft(complete("Scans"));
		request.submit(() -> 42, NOW);
		assertThat(request.getState()).isEqualTo(RequestState.SUBMITTED);
		assertThat(request.getNumber()).isEqualTo(42);
		assertThat(request.getSubmittedAt()).isEqualTo(NOW);
		assertThat(request.events()).containsExactly(new RequestSubmitted(HUB, ID, 42, REQUESTER));
	}

	@Test
	void anIncompleteDraftIsRefusedBeforeANumberIsDrawn() {
		RequestDetails noPlan = new RequestDetails("No plan", null, null, null, null, null, null, null, Set.of(), " ",
				null, "en", null, null, false, Set.of(11L));
		HelpRequest request = draft(noPlan);
		assertRefused(() -> request.submit(() -> {
			throw new AssertionError("no number is drawn for an incomplete draft");
		}, NOW), "usefulnessPlan", "request.error.usefulness-plan");
		assertThat(request.getState()).isEqualTo(RequestState.DRAFT);
		assertThat(request.events()).isEmpty();
	}

	@Test
	void onlyADraftIsSubmitted() {
		HelpRequest request = in(RequestState.TRIAGE);
		assertRefused(() -> request.submit(() -> 43, NOW), null, "request.error.not-draft");
		assertThat(request.events()).isEmpty();
	}

	static Stream<Arguments> staffMoves() {
		return EnumSet.allOf(RequestState.class).stream()
			.flatMap(from -> from.staffTransitions().stream().map(to -> Arguments.of(from, to)));
	}

	static Stream<Arguments> movesStaffMayNotMake() {
		return EnumSet.allOf(RequestState.class).stream()
			.flatMap(from -> EnumSet.complementOf(toSet(from.staffTransitions())).stream()
				.map(to -> Arguments.of(from, to)));
	}

	@ParameterizedTest(name = "{0} → {1}")
	@MethodSource("staffMoves")
	void staffMakeEveryMoveOfTheTableWithAReasonAndItIsAnnounced(RequestState from, RequestState to) {
		HelpRequest request = in(from);
		request.transition(Move.of(Mover.STAFF, to, STAFF, "because").closing(Resolution.ANSWERED, null)
			.withOutcome(true), NOW);
		assertThat(request.getState()).isEqualTo(to);
		assertThat(request.getUpdatedAt()).isEqualTo(NOW);
		assertThat(request.getFirstResponseAt()).isEqualTo(NOW);
		assertThat(request.getWaitingSince()).isEqualTo(to == RequestState.WAITING_FOR_REQUESTER ? NOW : null);
		assertThat(request.events()).containsExactly(new RequestStatusChanged(HUB, ID, from, to, STAFF, "because"));
	}

	@ParameterizedTest(name = "{0} → {1}")
	@MethodSource("movesStaffMayNotMake")
	void everyOtherMoveByStaffIsRefusedNamingTheTargetState(RequestState from, RequestState to) {
		HelpRequest request = in(from);
		assertRefused(() -> request.transition(Move.of(Mover.STAFF, to, STAFF, "because")
			.closing(Resolution.ANSWERED, null).withOutcome(true), NOW), "to", "request.error.transition");
		assertThat(request.getState()).isEqualTo(from);
		assertThat(request.events()).isEmpty();
	}

	@Test
	void staffMustSayWhy() {
		HelpRequest request = in(RequestState.TRIAGE);
		assertRefused(() -> request.transition(Move.of(Mover.STAFF, RequestState.IN_REVIEW, STAFF, " "), NOW),
				"reason", "validation.required");
		assertRefused(() -> request.transition(Move.of(Mover.STAFF, RequestState.IN_REVIEW, STAFF, null), NOW),
				"reason", "validation.required");
		assertThat(request.getState()).isEqualTo(RequestState.TRIAGE);
	}

	@Test
	void aRequestIsCompletedOnlyOnceItsOutcomeIsReported() {
		HelpRequest request = in(RequestState.IN_PROGRESS);
		assertRefused(() -> request.transition(Move.of(Mover.STAFF, RequestState.COMPLETED, STAFF, "done"), NOW),
				"outcome", "request.error.outcome-first");
		request.transition(Move.of(Mover.STAFF, RequestState.COMPLETED, STAFF, "done").withOutcome(true), NOW);
		assertThat(request.getState()).isEqualTo(RequestState.COMPLETED);
	}

	@ParameterizedTest
	@EnumSource(value = RequestState.class, names = { "SUBMITTED", "TRIAGE" })
	void closingARequestNeverDecidedOnNeedsAResolution(RequestState from) {
		HelpRequest request = in(from);
		assertRefused(() -> request.transition(Move.of(Mover.STAFF, RequestState.CLOSED, STAFF, "spam"), NOW),
				"resolution", "validation.required");
		request.transition(Move.of(Mover.STAFF, RequestState.CLOSED, STAFF, "spam").closing(Resolution.SPAM, null),
				NOW);
		assertThat(request.getState()).isEqualTo(RequestState.CLOSED);
		assertThat(request.getResolution()).isEqualTo(Resolution.SPAM);
		assertThat(request.getMergedIntoId()).isNull();
	}

	@Test
	void closingADecidedRequestNeedsNoResolutionAndRecordsNone() {
		HelpRequest request = in(RequestState.DECLINED);
		request.transition(Move.of(Mover.STAFF, RequestState.CLOSED, STAFF, "told them").closing(Resolution.SPAM, null),
				NOW);
		assertThat(request.getState()).isEqualTo(RequestState.CLOSED);
		assertThat(request.getResolution()).isNull();
	}

	@Test
	void aDuplicateNamesASubmittedRequestOfTheSameHubAsItsOriginal() {
		HelpRequest otherHub = in(RequestState.TRIAGE, 8, 2);
		HelpRequest draft = draft(complete("Draft"), 9, HUB);
		HelpRequest original = in(RequestState.TRIAGE, 10, HUB);
		for (HelpRequest wrong : new HelpRequest[] { null, otherHub, draft }) {
			HelpRequest request = in(RequestState.TRIAGE);
			assertRefused(() -> request.transition(duplicateOf(wrong), NOW), "duplicateOf", "request.error.merge-target");
			assertThat(request.getState()).isEqualTo(RequestState.TRIAGE);
		}
		HelpRequest request = in(RequestState.TRIAGE);
		assertRefused(() -> request.transition(duplicateOf(request), NOW), "duplicateOf", "request.error.merge-target");
		request.transition(duplicateOf(original), NOW);
		assertThat(request.getState()).isEqualTo(RequestState.CLOSED);
		assertThat(request.getResolution()).isEqualTo(Resolution.DUPLICATE);
		assertThat(request.getMergedIntoId()).isEqualTo(10L);
	}

	@ParameterizedTest
	@EnumSource(RequestState.class)
	void theRequesterOrACoRequesterWithdrawsWhileTheLifecycleAllows(RequestState from) {
		for (long person : new long[] { REQUESTER, CO_REQUESTER }) {
			HelpRequest request = in(from);
			if (from.withdrawable()) {
				request.withdraw(person, "found help elsewhere", NOW);
				assertThat(request.getState()).isEqualTo(RequestState.WITHDRAWN);
				assertThat(request.events()).containsExactly(new RequestStatusChanged(HUB, ID, from,
						RequestState.WITHDRAWN, person, "found help elsewhere"));
			}
			else {
				assertRefused(() -> request.withdraw(person, null, NOW), null, "request.error.withdraw");
				assertThat(request.getState()).isEqualTo(from);
			}
		}
	}

	@Test
	void nobodyElseWithdrawsARequestNotEvenStaff() {
		for (long person : new long[] { STAFF, STRANGER }) {
			HelpRequest request = in(RequestState.TRIAGE);
			assertRefused(() -> request.withdraw(person, null, NOW), null, "request.error.withdraw");
			assertThat(request.getState()).isEqualTo(RequestState.TRIAGE);
			assertThat(request.events()).isEmpty();
		}
	}

	@Test
	void requestersMakeNoStaffMoves() {
		for (RequestState from : RequestState.values()) {
			for (RequestState to : RequestState.values()) {
				boolean answer = from == RequestState.WAITING_FOR_REQUESTER && to == RequestState.TRIAGE;
				boolean withdrawal = to == RequestState.WITHDRAWN && from.withdrawable();
				assertThat(from.allows(Mover.REQUESTER, to)).as(from + " → " + to).isEqualTo(answer || withdrawal);
			}
		}
		HelpRequest request = in(RequestState.TRIAGE);
		assertRefused(() -> request.transition(Move.of(Mover.REQUESTER, RequestState.CLOSED, REQUESTER, "done"), NOW),
				"to", "request.error.transition");
	}

	@Test
	void theRequestersAnswerTakesARequestWaitingForThemBackToTriage() {
		HelpRequest request = in(RequestState.WAITING_FOR_REQUESTER);
		boolean back = request.received(message(request, REQUESTER, false, 21), false, NOW);
		assertThat(back).isTrue();
		assertThat(request.getState()).isEqualTo(RequestState.TRIAGE);
		assertThat(request.getWaitingSince()).isNull();
		assertThat(request.getFirstResponseAt()).isNull();
		assertThat(request.events()).containsExactly(
				new RequestStatusChanged(HUB, ID, RequestState.WAITING_FOR_REQUESTER, RequestState.TRIAGE, REQUESTER,
						null),
				new MessagePosted(HUB, ID, 21, REQUESTER, false));
	}

	@Test
	void aStaffReplyIsTheHubsResponseAndLeavesTheRequestWaiting() {
		HelpRequest request = in(RequestState.WAITING_FOR_REQUESTER);
		HelpRequest noted = in(RequestState.TRIAGE);
		assertThat(request.received(message(request, STAFF, false, 22), true, NOW)).isFalse();
		assertThat(noted.received(message(noted, STAFF, true, 23), true, NOW)).isFalse();
		assertThat(request.getState()).isEqualTo(RequestState.WAITING_FOR_REQUESTER);
		assertThat(request.getFirstResponseAt()).isEqualTo(NOW);
		assertThat(noted.getFirstResponseAt()).as("an internal note is no response").isNull();
		assertThat(request.events()).containsExactly(new MessagePosted(HUB, ID, 22, STAFF, false));
		assertThat(noted.events()).containsExactly(new MessagePosted(HUB, ID, 23, STAFF, true));
	}

	@ParameterizedTest
	@EnumSource(value = RequestState.class, names = { "DRAFT", "CLOSED", "WITHDRAWN" })
	void aDraftOrAFinishedRequestTakesNoMessages(RequestState state) {
		HelpRequest request = in(state);
		assertRefused(() -> request.received(message(request, REQUESTER, false, 24), false, NOW), null,
				"request.error.finished");
		assertThat(request.events()).isEmpty();
	}

	@Test
	void anAssignmentIsAnnounced() {
		HelpRequest request = in(RequestState.TRIAGE);
		request.assign(STAFF, STAFF, NOW);
		request.assign(null, STAFF, NOW);
		assertThat(request.getAssigneeId()).isNull();
		assertThat(request.events()).containsExactly(new RequestAssigned(HUB, ID, STAFF, STAFF),
				new RequestAssigned(HUB, ID, null, STAFF));
	}

	@Test
	void theRequestersAreRemindedOncePerQuestion() {
		HelpRequest request = in(RequestState.TRIAGE);
		assertRefused(() -> request.remind(NOW), null, "request.error.transition");
		request.transition(Move.of(Mover.STAFF, RequestState.WAITING_FOR_REQUESTER, STAFF, "which files?"), CREATED);
		request.remind(NOW);
		assertThat(request.getRemindedAt()).isEqualTo(NOW);
		assertRefused(() -> request.remind(NOW), null, "request.error.transition");
		assertThat(request.events()).last().isEqualTo(new ReminderSent(HUB, ID));
		request.received(message(request, REQUESTER, false, 25), false, NOW);
		assertThat(request.getRemindedAt()).isNull();
	}

	@Test
	void aPartIsSubmittedAndInTriageWithTheDetailsAndRequestersOfTheWhole() {
		HelpRequest whole = in(RequestState.ACCEPTED);
		HelpRequest part = whole.part("Part one", STAFF, 50, NOW);
		assertThat(part.getState()).isEqualTo(RequestState.TRIAGE);
		assertThat(part.getNumber()).isEqualTo(50);
		assertThat(part.getSubmittedAt()).isEqualTo(NOW);
		assertThat(part.getParentId()).isEqualTo(ID);
		assertThat(part.getTitle()).isEqualTo("Part one");
		assertThat(part.getUsefulnessPlan()).isEqualTo(whole.getUsefulnessPlan());
		assertThat(part.getNeedIds()).isEqualTo(whole.getNeedIds());
		assertThat(part.getCoRequesterIds()).containsExactly(CO_REQUESTER);
		assertThat(part.getCreatedById()).isEqualTo(STAFF);
		assertThat(part.getDetails()).isNotSameAs(whole.getDetails());
		assertThat(whole.getTitle()).isEqualTo("Scans");
		assertThatThrownBy(() -> in(RequestState.CLOSED).part("Too late", STAFF, 51, NOW))
			.isInstanceOfSatisfying(Refusal.class, ex -> assertThat(ex.getMessageKey()).isEqualTo("request.error.finished"));
	}

	@Test
	void theDetailsOfASubmittedRequestStayCompleteAndTheChangedFieldsAreNamed() {
		HelpRequest request = in(RequestState.TRIAGE);
		RequestDetails noLanguage = new RequestDetails("Scans", null, null, null, null, null, null, null, Set.of(),
				"Articles", null, null, null, null, false, Set.of(11L));
		assertRefused(() -> request.describe(noLanguage, NOW), "language", "validation.required");
		RequestDetails changed = new RequestDetails("Scans of maps", null, null, "Archive", null, null, null, null,
				Set.of(Platform.COMMONS), "Articles", null, "sv", null, null, false, Set.of(11L));
		assertThat(request.describe(changed, NOW)).containsExactly("title", "partner", "platforms", "language");
		assertThat(request.getTitle()).isEqualTo("Scans of maps");
		assertThat(request.getPlatforms()).containsExactly(Platform.COMMONS);
		assertRefused(() -> in(RequestState.CLOSED).describe(changed, NOW), null, "request.error.finished");
		assertThat(draft(complete("Draft")).describe(changed, NOW)).as("a draft has no audit trail").isEmpty();
	}

	private static Move duplicateOf(HelpRequest original) {
		return Move.of(Mover.STAFF, RequestState.CLOSED, STAFF, "the same").closing(Resolution.DUPLICATE, original);
	}

	private static RequestMessage message(HelpRequest request, long author, boolean internal, long id) {
		RequestMessage message = new RequestMessage(request, author, "hello", internal, NOW);
		ReflectionTestUtils.setField(message, "id", id);
		return message;
	}

	private static HelpRequest in(RequestState state) {
		return in(state, ID, HUB);
	}

	/** A request in the given state, as if it had got there, with nothing yet to announce. */
	private static HelpRequest in(RequestState state, long id, long hub) {
		HelpRequest request = draft(complete("Scans"), id, hub);
		if (state != RequestState.DRAFT) {
			request.submit(() -> 40, CREATED);
			ReflectionTestUtils.setField(request, "state", state);
			ReflectionTestUtils.invokeMethod(request, "clearDomainEvents");
		}
		return request;
	}

	private static HelpRequest draft(RequestDetails details) {
		return draft(details, ID, HUB);
	}

	private static HelpRequest draft(RequestDetails details, long id, long hub) {
		HelpRequest request = new HelpRequest(hub, REQUESTER, REQUESTER, details, CREATED);
		request.setCoRequesters(Set.of(CO_REQUESTER));
		ReflectionTestUtils.setField(request, "id", id);
		return request;
	}

	private static RequestDetails complete(String title) {
		return new RequestDetails(title, null, null, null, null, null, null, null, Set.of(), "Articles", null, "en",
				null, null, false, Set.of(11L));
	}

	private static EnumSet<RequestState> toSet(Set<RequestState> states) {
		return states.isEmpty() ? EnumSet.noneOf(RequestState.class) : EnumSet.copyOf(states);
	}

	private static void assertRefused(Runnable action, String field, String key) {
		assertThatThrownBy(action::run).isInstanceOfSatisfying(Refusal.class, ex -> {
			assertThat(ex.getField()).isEqualTo(field);
			assertThat(ex.getMessageKey()).isEqualTo(key);
		});
	}
}
