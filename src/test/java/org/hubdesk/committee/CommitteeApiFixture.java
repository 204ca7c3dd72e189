package org.hubdesk.committee;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.jayway.jsonpath.JsonPath;

import org.hubdesk.SignedIn;
import org.hubdesk.committee.internal.Criterion;
import org.hubdesk.committee.internal.Rubrics;
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
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import tools.jackson.databind.json.JsonMapper;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A hub of its own for a committee API test (tests share one application context): a chair, three
 * members, staff and a requester who reads Swedish, each with an API token; requests put in triage
 * and on the agenda of a meeting the chair schedules through the API.
 */
final class CommitteeApiFixture {

	final MockMvc mvc;
	final JsonMapper json;
	final People people;
	final Hubs hubs;
	final Requests requests;
	final Rubrics rubrics;
	final Directory directory;
	final ApiTokens tokens;

	final Hub hub;
	final String base;
	final Person chairPerson;
	final Person member1Person;
	final Person member2Person;
	final Person member3Person;
	final Person staffPerson;
	final Person requesterPerson;
	final String chair;
	final String member1;
	final String member2;
	final String member3;
	final String staff;
	final String requester;

	CommitteeApiFixture(ApplicationContext context) {
		mvc = context.getBean(MockMvc.class);
		json = context.getBean(JsonMapper.class);
		people = context.getBean(People.class);
		hubs = context.getBean(Hubs.class);
		requests = context.getBean(Requests.class);
		rubrics = context.getBean(Rubrics.class);
		directory = context.getBean(Directory.class);
		tokens = context.getBean(ApiTokens.class);
		String prefix = SignedIn.randomPrefix();
		hub = hubs.createFromTemplate("content-partnerships", "api-" + prefix.toLowerCase(), "Committee API hub",
				prefix, List.of("en", "sv"), "en");
		base = "/api/v1/hubs/" + hub.getSlug() + "/committee";
		chairPerson = person("chair", HubRole.COMMITTEE_CHAIR);
		member1Person = person("member1", HubRole.COMMITTEE_MEMBER);
		member2Person = person("member2", HubRole.COMMITTEE_MEMBER);
		member3Person = person("member3", HubRole.COMMITTEE_MEMBER);
		staffPerson = person("staff", HubRole.STAFF);
		requesterPerson = SignedIn.newPerson(people, "asker");
		people.updateProfile(requesterPerson.getId(), "Rut Frågeställare", null, "sv", "Europe/Stockholm");
		chair = token(chairPerson);
		member1 = token(member1Person);
		member2 = token(member2Person);
		member3 = token(member3Person);
		staff = token(staffPerson);
		requester = token(requesterPerson);
	}

	private Person person(String prefix, HubRole role) {
		Person person = SignedIn.newPerson(people, prefix);
		hubs.grant(hub, person.getUsername(), role, null);
		return person;
	}

	String token(Person person) {
		return tokens.create(person.getId(), "committee tests").secret();
	}

	/** A submitted request of the requester, in triage, with these co-requesters (usernames). */
	HelpRequest inTriage(String title, boolean consentToPublish, String... coRequesters) {
		long need = NeedNode.flatten(hubs.codebook(hub)).get(0).need().getId();
		long affiliate = directory.affiliateNamed("Wikimedia Sverige").orElseThrow().getId();
		RequestDetails details = new RequestDetails(title, affiliate, null, "Stadsmuseet", null, "photographs", "300",
				RightsStatus.CLEARED, Set.of(Platform.COMMONS), "Illustrating articles", null, "sv", null, null,
				consentToPublish, Set.of(need));
		long asker = requesterPerson.getId();
		HelpRequest r = requests.startDraft(hub, asker, asker, details, Set.of(coRequesters));
		r = requests.submit(hub, r, r.getVersion(), asker);
		return requests.transition(r, r.getVersion(), RequestState.TRIAGE, staffPerson.getId(), "triage", null, null);
	}

	/** A meeting the chair schedules, starting tomorrow. */
	long meeting() throws Exception {
		String body = send(post(base + "/meetings"), chair, Map.of("startsAt",
				Instant.now().plus(Duration.ofDays(1)).toString(), "minutes", 90, "videoLink", "https://meet.example.org/c"))
			.andExpect(status().isCreated())
			.andReturn().getResponse().getContentAsString();
		return ((Number) JsonPath.read(body, "$.id")).longValue();
	}

	/** A request in triage that the chair puts on a new meeting's agenda: its number. */
	int onAgenda(String title, boolean consentToPublish, String... coRequesters) throws Exception {
		HelpRequest request = inTriage(title, consentToPublish, coRequesters);
		send(post(base + "/meetings/" + meeting() + "/agenda"), chair,
				Map.of("number", request.getNumber(), "version", request.getVersion()))
			.andExpect(status().isCreated());
		return request.getNumber();
	}

	/** Every criterion of the hub's rubric scored: the scored ones with this score, the gates yes. */
	List<Map<String, Object>> scores(int score, String comment) {
		List<Map<String, Object>> all = new ArrayList<>();
		for (Criterion criterion : rubrics.current(hub).getCriteria()) {
			Map<String, Object> one = new LinkedHashMap<>();
			one.put("criterionId", criterion.getId());
			one.put("score", criterion.isGate() ? 1 : score);
			one.put("comment", comment);
			all.add(one);
		}
		return all;
	}

	/** The member's first review of the request, every criterion scored. */
	ResultActions review(String token, int number, int score, String comment) throws Exception {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("version", null);
		body.put("scores", scores(score, comment));
		return send(put(base + "/requests/" + number + "/review"), token, body);
	}

	ResultActions send(MockHttpServletRequestBuilder request, String token, Object body) throws Exception {
		return mvc.perform(with(request, token).contentType(MediaType.APPLICATION_JSON)
			.content(json.writeValueAsString(body)));
	}

	ResultActions call(MockHttpServletRequestBuilder request, String token) throws Exception {
		return mvc.perform(with(request, token));
	}

	static MockHttpServletRequestBuilder with(MockHttpServletRequestBuilder request, String token) {
		return token == null ? request : request.header(HttpHeaders.AUTHORIZATION, "Bearer " + token);
	}

	String body(ResultActions actions) throws Exception {
		return actions.andReturn().getResponse().getContentAsString();
	}
}
