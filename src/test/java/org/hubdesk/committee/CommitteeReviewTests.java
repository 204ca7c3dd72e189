package org.hubdesk.committee;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;

import org.hubdesk.DemoTest;
import org.hubdesk.SignedIn;
import org.hubdesk.committee.internal.Agenda;
import org.hubdesk.committee.internal.Criterion;
import org.hubdesk.committee.internal.Meeting;
import org.hubdesk.committee.internal.Rubric;
import org.hubdesk.committee.internal.Rubrics;
import org.hubdesk.hub.Hub;
import org.hubdesk.hub.HubRole;
import org.hubdesk.hub.Hubs;
import org.hubdesk.identity.People;
import org.hubdesk.identity.Person;
import org.hubdesk.notification.Notifications;
import org.hubdesk.request.HelpRequest;
import org.hubdesk.request.RequestState;
import org.hubdesk.request.RequestWork;
import org.hubdesk.request.Requests;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A request's review by the committee, through its pages: the chair puts it on an agenda; members
 * see the others' scores only once theirs is in; a co-requesting member sees no score or discussion
 * and cannot score; a decision needs its quorum, moves the request and answers the requester in
 * their language; a second decision is refused.
 */
@DemoTest
class CommitteeReviewTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Hubs hubs;

	@Autowired
	People people;

	@Autowired
	Requests requests;

	@Autowired
	Agenda agenda;

	@Autowired
	Rubrics rubrics;

	CommitteeHub committee;
	Hub hub;
	Person chair;
	Person one;
	Person two;
	Person conflicted;
	Person requester;
	HelpRequest request;
	String review;

	@BeforeEach
	void setUp() throws Exception {
		committee = new CommitteeHub(hubs, people, requests, "review");
		hub = committee.hub;
		chair = committee.seat("chair", HubRole.COMMITTEE_CHAIR);
		one = committee.seat("one", HubRole.COMMITTEE_MEMBER);
		two = committee.seat("two", HubRole.COMMITTEE_MEMBER);
		conflicted = committee.seat("conflicted", HubRole.COMMITTEE_MEMBER);
		requester = SignedIn.newPerson(people, "asker");
		people.updateProfile(requester.getId(), requester.getDisplayName(), null, "sv", null);
		request = committee.inTriage(requester, "Herbarium sheets", "sv", "Skannade herbarieark",
				Set.of(conflicted.getUsername()));
		Meeting meeting = agenda.schedule(hub, Instant.now().plus(Duration.ofDays(7)), 90, "https://meet.example.org/x");
		mvc.perform(as(chair, post("/hubs/" + hub.getSlug() + "/committee/meetings/" + meeting.getId() + "/agenda"))
				.param("number", String.valueOf(request.getNumber())))
			.andExpect(status().is3xxRedirection());
		assertThat(requests.byId(request.getId()).orElseThrow().getState()).isEqualTo(RequestState.IN_REVIEW);
		review = "/hubs/" + hub.getSlug() + "/committee/requests/" + request.getNumber();
	}

	@Test
	void aMemberSeesTheOthersScoresOnlyOnceTheirOwnIsIn() throws Exception {
		score(one, 4, "Clear plan for species articles");
		mvc.perform(as(two, get(review)))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("Clear plan for species articles"))))
			.andExpect(content().string(containsString("The other members&#39; scores show once your own review is in.")));
		score(two, 2, "Unsure about the rights");
		mvc.perform(as(two, get(review)))
			.andExpect(content().string(containsString("Clear plan for species articles")));
	}

	@Test
	void aConflictedMemberSeesNoScoreOrDiscussionAndCannotScore() throws Exception {
		score(one, 4, "Visible only to the committee");
		mvc.perform(as(one, post(review + "/discussion")).param("body", "Talk among us"))
			.andExpect(status().is3xxRedirection());
		mvc.perform(as(conflicted, get(review)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("You have a conflict of interest on this request")))
			.andExpect(content().string(not(containsString("Visible only to the committee"))))
			.andExpect(content().string(not(containsString("Talk among us"))));
		Rubric rubric = rubrics.current(hub);
		MockHttpServletRequestBuilder scoring = as(conflicted, post(review + "/review"));
		for (Criterion c : rubric.getCriteria()) {
			scoring.param("score[" + c.getId() + "]", c.isGate() ? "1" : "3");
		}
		mvc.perform(scoring).andExpect(status().isForbidden());
		// refused for who they are before anything they sent is looked at, however malformed
		mvc.perform(as(conflicted, post(review + "/review")).param("version", "twelve").param("score[1]", "many"))
			.andExpect(status().isForbidden());
		mvc.perform(as(conflicted, post(review + "/discussion")).param("body", "Let me in"))
			.andExpect(status().isForbidden());
		// declaring again what holds already says so, and takes them back to the review
		mvc.perform(as(conflicted, post(review + "/conflicts")).param("reason", "a\u0000b"))
			.andExpect(status().is3xxRedirection())
			.andExpect(flash().attribute("saved", "committee.conflict.error.already"));
	}

	@Test
	void aDecisionNeedsItsQuorumMovesTheRequestAndAnswersInTheRequestersLanguage() throws Exception {
		score(one, 4, "Good");
		mvc.perform(as(chair, decide("ACCEPT")).queryParam("uselang", "en"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("No quorum: 1 of 3 members taking part have scored")))
			.andExpect(content().string(containsString("Reasons typed by the chair")));
		assertThat(requests.byId(request.getId()).orElseThrow().getState()).isEqualTo(RequestState.IN_REVIEW);
		score(two, 5, "Very good");
		mvc.perform(as(chair, decide("ACCEPT"))).andExpect(status().is3xxRedirection());
		HelpRequest decided = requests.byId(request.getId()).orElseThrow();
		assertThat(decided.getState()).isEqualTo(RequestState.ACCEPTED);
		mvc.perform(get("/hubs/" + hub.getSlug() + "/requests/" + request.getNumber())
				.with(SignedIn.as(people, requester.getUsername())))
			.andExpect(content().string(containsString("Kommittén har beslutat att hjälpa er med")))
			.andExpect(content().string(containsString("Reasons typed by the chair")))
			.andExpect(content().string(containsString("Kommittén beslutade: Bevilja (bedömningsmall version 1).")));
		mvc.perform(get("/hubs/" + hub.getSlug() + "/decisions"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Herbarium sheets for species articles")))
			.andExpect(content().string(not(containsString("Reasons typed by the chair"))))
			.andExpect(content().string(not(containsString(requester.getUsername()))));
		mvc.perform(as(chair, decide("DECLINE")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("This request has been decided already.")));
		assertThat(requests.byId(request.getId()).orElseThrow().getState()).isEqualTo(RequestState.ACCEPTED);
	}

	@Test
	void aScoreOffTheScaleComesBackAtItsFieldWithWhatWasTyped() throws Exception {
		Rubric rubric = rubrics.current(hub);
		MockHttpServletRequestBuilder scoring = as(one, post(review + "/review")).queryParam("uselang", "sv");
		Criterion first = rubric.getCriteria().get(0);
		for (Criterion c : rubric.getCriteria()) {
			scoring.param("score[" + c.getId() + "]", c == first ? "9" : c.isGate() ? "1" : "3")
				.param("comment[" + c.getId() + "]", "Kept comment " + c.getCode());
		}
		mvc.perform(scoring)
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Välj ett av svaren i listan.")))
			.andExpect(content().string(containsString("Kept comment risk")));
	}

	@Test
	void aMemberWhoDoesNotReadTheRequestsLanguageGetsTheWorkingLanguageSummaryFirst(@Autowired RequestWork work)
			throws Exception {
		HelpRequest current = requests.byId(request.getId()).orElseThrow();
		work.summarise(current, current.getVersion(), "Scanned herbarium sheets for species articles.", chair.getId());
		people.declareReadLanguages(two.getId(), List.of("sv", "en"));
		String unread = mvc.perform(as(one, get(review)).queryParam("uselang", "en")).andReturn().getResponse()
			.getContentAsString();
		assertThat(unread).contains("Summary in the hub&#39;s working language (the request is written in Swedish)");
		assertThat(unread.indexOf("Scanned herbarium sheets")).isLessThan(unread.indexOf("Skannade herbarieark"));
		String read = mvc.perform(as(two, get(review)).queryParam("uselang", "en")).andReturn().getResponse()
			.getContentAsString();
		assertThat(read).doesNotContain("the request is written in Swedish");
		assertThat(read.indexOf("Skannade herbarieark")).isLessThan(read.indexOf("Scanned herbarium sheets"));
	}

	@Test
	void theMembersWithoutAConflictAreToldOfTheAgenda(@Autowired Notifications notifications) {
		assertThat(notifications.latest(one.getId(), 5)).extracting(n -> notifications.word(n, java.util.Locale.ENGLISH))
			.anySatisfy(text -> assertThat(text).contains("Herbarium sheets").contains("is on the committee's agenda"));
		assertThat(notifications.latest(two.getId(), 5)).extracting(n -> notifications.word(n, java.util.Locale.forLanguageTag("sv")))
			.anySatisfy(text -> assertThat(text).contains("står på kommitténs dagordning"));
		assertThat(notifications.latest(conflicted.getId(), 5)).extracting(n -> notifications.word(n, java.util.Locale.ENGLISH))
			.noneSatisfy(text -> assertThat(text).contains("agenda"));
		assertThat(notifications.latest(chair.getId(), 5)).extracting(n -> notifications.word(n, java.util.Locale.ENGLISH))
			.noneSatisfy(text -> assertThat(text).contains("agenda"));
	}

	@Test
	void theCommitteePageShowsTheQueueTheMeetingsAndHowHelpWasSpread() throws Exception {
		String page = mvc.perform(as(one, get("/hubs/" + hub.getSlug() + "/committee")).queryParam("uselang", "en"))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		assertThat(page).contains("Herbarium sheets").contains("To score").contains("By region").contains("<svg")
			.contains("https://meet.example.org/x");
		mvc.perform(as(requester, get("/hubs/" + hub.getSlug() + "/committee"))).andExpect(status().isForbidden());
	}

	@Test
	void aMeetingWithABadLinkComesBackWithWhatWasTyped() throws Exception {
		mvc.perform(as(chair, post("/hubs/" + hub.getSlug() + "/committee/meetings")).queryParam("uselang", "sv")
				.param("day", "2031-03-04").param("time", "14:30").param("minutes", "90")
				.param("videoLink", "javascript:alert(1)"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Ange en webbadress som börjar med https://")))
			.andExpect(content().string(containsString("value=\"2031-03-04\"")))
			.andExpect(content().string(containsString("javascript:alert(1)")));
		mvc.perform(as(chair, post("/hubs/" + hub.getSlug() + "/committee/meetings")).param("day", "2031-03-04")
				.param("time", "14:30").param("minutes", "90").param("videoLink", "https://meet.example.org/march"))
			.andExpect(status().is3xxRedirection());
		assertThat(agenda.upcoming(hub)).extracting(Meeting::getVideoLink).contains("https://meet.example.org/march");
	}

	@Test
	void aRequestStaffSentToReviewJoinsAnAgendaOnceAndNoMore() {
		HelpRequest inReview = committee.inReview(committee.inTriage(requester, "Sent by staff", "en", null, Set.of()));
		Meeting meeting = agenda.upcoming(hub).get(0);
		agenda.place(hub, meeting, inReview, inReview.getVersion(), chair.getId());
		assertThat(agenda.current(inReview)).isPresent();
		HelpRequest again = requests.byId(inReview.getId()).orElseThrow();
		org.assertj.core.api.Assertions.assertThatThrownBy(() -> agenda.place(hub, meeting, again, again.getVersion(),
				chair.getId()))
			.isInstanceOfSatisfying(org.hubdesk.shared.Refusal.class,
					e -> assertThat(e.getMessageKey()).isEqualTo("committee.agenda.error.already"));
	}

	@Test
	void theChairsWordingOfAReplyGoesToTheRequester() throws Exception {
		String replies = "/hubs/" + hub.getSlug() + "/committee/replies";
		mvc.perform(as(chair, post(replies + "/DECLINE/sv")).param("body", " "))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"reply-DECLINE-sv-error\"")));
		mvc.perform(as(chair, post(replies + "/DECLINE/sv")).param("body", "Tyvärr nej för {title}. Skäl: {reasons}"))
			.andExpect(status().is3xxRedirection());
		mvc.perform(as(one, get(replies))).andExpect(status().isForbidden());
		score(one, 2, "Weak");
		score(two, 2, "Weak");
		mvc.perform(as(chair, decide("DECLINE"))).andExpect(status().is3xxRedirection());
		mvc.perform(get("/hubs/" + hub.getSlug() + "/requests/" + request.getNumber())
				.with(SignedIn.as(people, requester.getUsername())))
			.andExpect(content().string(containsString("Tyvärr nej för Herbarium sheets. Skäl: Reasons typed by the chair")));
	}

	private MockHttpServletRequestBuilder decide(String outcome) {
		return post(review + "/decision").param("outcome", outcome).param("reasons", "Reasons typed by the chair")
			.param("publicSummary", "Herbarium sheets for species articles")
			.param("version", String.valueOf(requests.byId(request.getId()).orElseThrow().getVersion()));
	}

	private void score(Person member, int value, String comment) throws Exception {
		Rubric rubric = rubrics.current(hub);
		MockHttpServletRequestBuilder scoring = as(member, post(review + "/review"));
		for (Criterion c : rubric.getCriteria()) {
			scoring.param("score[" + c.getId() + "]", c.isGate() ? "1" : String.valueOf(value))
				.param("comment[" + c.getId() + "]", comment);
		}
		mvc.perform(scoring).andExpect(status().is3xxRedirection());
	}

	private MockHttpServletRequestBuilder as(Person person, MockHttpServletRequestBuilder builder) {
		return builder.with(SignedIn.as(people, person.getUsername())).with(csrf());
	}
}
