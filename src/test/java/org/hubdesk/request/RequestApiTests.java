package org.hubdesk.request;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.hubdesk.DemoTest;
import org.hubdesk.directory.Affiliate;
import org.hubdesk.directory.Directory;
import org.hubdesk.hub.Hub;
import org.hubdesk.hub.Hubs;
import org.hubdesk.identity.ApiTokens;
import org.hubdesk.identity.People;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import com.jayway.jsonpath.JsonPath;

import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.patch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The requests API, called the way programs call it: with personal API tokens. */
@DemoTest
class RequestApiTests {

	static final String BASE = "/api/v1/hubs/content-partnerships/requests";

	@Autowired
	MockMvc mvc;

	@Autowired
	ApiTokens tokens;

	@Autowired
	People people;

	@Autowired
	Hubs hubs;

	@Autowired
	Directory directory;

	@Autowired
	JsonMapper json;

	Hub hub;
	String requester;
	String requester2;
	String staff;

	@BeforeEach
	void setUp() {
		hub = hubs.bySlug("content-partnerships").orElseThrow();
		requester = token("requester");
		requester2 = token("requester2");
		staff = token("staff");
	}

	@Test
	void aRequesterCreatesAndSubmitsARequestAndReadsItBack() throws Exception {
		String title = unique("Portraits");
		int number = submit(requester, request(title));
		call(get(BASE + "/" + number), requester)
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.reference").value("CP-" + number))
			.andExpect(jsonPath("$.title").value(title))
			.andExpect(jsonPath("$.state").value("SUBMITTED"))
			.andExpect(jsonPath("$.requester").value("Rut Requester"))
			.andExpect(jsonPath("$.platforms", hasItem("COMMONS")))
			.andExpect(jsonPath("$.timeline[*].kind", hasItem("SUBMITTED")))
			.andExpect(jsonPath("$.timeline[*].key", hasItem("request.SUBMITTED")));
	}

	@Test
	void aDraftHasNoNumberAndOnlyItsRequesterReadsIt() throws Exception {
		Map<String, Object> draft = request(unique("Draft"));
		draft.put("submit", false);
		String created = mvc.perform(with(post(BASE), requester).contentType(MediaType.APPLICATION_JSON)
				.content(json.writeValueAsString(draft)))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.number").doesNotExist())
			.andExpect(header().string(HttpHeaders.LOCATION, containsString(BASE + "/drafts/")))
			.andReturn().getResponse().getHeader(HttpHeaders.LOCATION);
		call(get(created), requester).andExpect(status().isOk()).andExpect(jsonPath("$.state").value("DRAFT"));
		call(get(created), requester2).andExpect(status().isNotFound());
		call(get(created), staff).andExpect(status().isNotFound());
	}

	@Test
	void aDraftIsCompletedAndSubmittedByItsRequester() throws Exception {
		String draft = send(post(BASE), requester2, Map.of("title", unique("Half-written")))
			.andExpect(status().isCreated())
			.andReturn().getResponse().getHeader(HttpHeaders.LOCATION);
		call(get(BASE + "/drafts"), requester2)
			.andExpect(jsonPath("$[*].draftId", hasItem(Integer.valueOf(draft.substring(draft.lastIndexOf('/') + 1)))));
		send(post(draft + "/submit"), requester2, Map.of("version", 0))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("usefulnessPlan"));
		String patched = send(patch(draft), requester2, Map.of("usefulnessPlan", "Wikidata items of Ghanaian museums",
				"needIds", List.of(need()), "language", "en", "version", 0))
			.andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString();
		long version = ((Number) JsonPath.read(patched, "$.version")).longValue();
		String location = send(post(draft + "/submit"), requester2, Map.of("version", version))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.state").value("SUBMITTED"))
			.andReturn().getResponse().getHeader(HttpHeaders.LOCATION);
		assertThat(location).matches(".*/requests/\\d+");
		call(get(draft), requester2).andExpect(status().isNotFound());
		call(get(location), requester2).andExpect(status().isOk());
	}

	@Test
	void invalidInputIsProblemDetailsNamingTheFieldInTheCallersLanguage() throws Exception {
		Map<String, Object> blank = request(" ");
		send(post(BASE), requester2, blank)
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.errors[0].field").value("title"))
			.andExpect(jsonPath("$.errors[0].message").value("Fill in this field."));
		Map<String, Object> badQid = request(unique("Bad QID"));
		badQid.put("partnerQid", "42");
		send(post(BASE), requester, badQid)
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("partnerQid"))
			.andExpect(jsonPath("$.errors[0].message").value("Ett Wikidataobjekt är Q följt av siffror, till exempel Q42."));
		Map<String, Object> noPlan = request(unique("No plan"));
		noPlan.remove("usefulnessPlan");
		send(post(BASE), requester2, noPlan)
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("usefulnessPlan"));
		call(get(BASE + "/drafts"), requester2)
			.andExpect(jsonPath("$[*].title", not(hasItem(noPlan.get("title")))));
		Map<String, Object> badEnum = request(unique("Bad platform"));
		badEnum.put("platforms", List.of("MYSPACE"));
		send(post(BASE), requester2, badEnum)
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("platforms"));
	}

	@Test
	void theListHasTheDesksFiltersAndARequesterSeesOnlyTheirOwn() throws Exception {
		String word = UUID.randomUUID().toString().substring(0, 8);
		int mine = submit(requester, request("Mine " + word));
		Map<String, Object> theirs = request("Theirs " + word);
		theirs.put("platforms", List.of("WIKISOURCE"));
		theirs.put("affiliateId", directory.affiliateNamed("Wikimedia Ghana User Group").orElseThrow().getId());
		int other = submit(requester2, theirs);
		call(get(BASE).param("q", word.toUpperCase()), staff)
			.andExpect(jsonPath("$.total").value(2));
		call(get(BASE).param("q", word).param("platform", "WIKISOURCE"), staff)
			.andExpect(jsonPath("$.total").value(1))
			.andExpect(jsonPath("$.items[0].number").value(other))
			.andExpect(jsonPath("$.items[0].reference").value("CP-" + other))
			.andExpect(jsonPath("$.items[0].requester").value("Ama Requester"));
		Affiliate sverige = directory.affiliateNamed("Wikimedia Sverige").orElseThrow();
		call(get(BASE).param("q", word).param("region", sverige.getRegion().getCode()).param("state", "SUBMITTED")
				.param("state", "TRIAGE").param("assignee", "none").param("sort", "firstResponseAge")
				.param("waitingLongerThanHours", "0").param("need", String.valueOf(need())), staff)
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.total").value(1))
			.andExpect(jsonPath("$.items[0].number").value(mine));
		call(get(BASE).param("q", word), requester2)
			.andExpect(jsonPath("$.total").value(1))
			.andExpect(jsonPath("$.items[*].number", not(hasItem(mine))));
		call(get(BASE + "/" + mine), requester2).andExpect(status().isNotFound());
		call(get(BASE).param("size", "500"), staff)
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("size"));
	}

	@Test
	void staffMoveARequestAndTheRequesterMayNot() throws Exception {
		int number = submit(requester, request(unique("Transition")));
		long version = version(number, staff);
		Map<String, Object> move = new LinkedHashMap<>(Map.of("to", "TRIAGE", "reason", "Looking at it",
				"version", version));
		send(post(BASE + "/" + number + "/transitions"), requester, move).andExpect(status().isForbidden());
		send(post(BASE + "/" + number + "/transitions"), requester2, move).andExpect(status().isNotFound());
		send(post(BASE + "/" + number + "/transitions"), staff, move)
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.state").value("TRIAGE"));
		send(post(BASE + "/" + number + "/transitions"), staff, move)
			.andExpect(status().isConflict())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.status").value(409));
		move.put("to", "COMPLETED");
		move.put("version", version(number, staff));
		send(post(BASE + "/" + number + "/transitions"), staff, move)
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("to"));
	}

	@Test
	void staffAssignARequestAndTheDeskFindsItByAssignee() throws Exception {
		String word = UUID.randomUUID().toString().substring(0, 8);
		int number = submit(requester, request("Assigned " + word));
		send(post(BASE + "/" + number + "/assignment"), requester,
				Map.of("assignee", "staff", "version", version(number, requester)))
			.andExpect(status().isForbidden())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
		send(post(BASE + "/" + number + "/assignment"), staff,
				Map.of("assignee", "requester2", "version", version(number, staff)))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("assignee"));
		send(post(BASE + "/" + number + "/assignment"), staff,
				Map.of("assignee", "staff", "version", version(number, staff)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.assignee").value("Sam Staff"));
		call(get(BASE).param("q", word).param("assignee", "me"), staff)
			.andExpect(jsonPath("$.total").value(1))
			.andExpect(jsonPath("$.items[0].assignee").value("Sam Staff"));
		call(get(BASE).param("q", word).param("assignee", "none"), staff).andExpect(jsonPath("$.total").value(0));
		call(get(BASE).param("q", word).param("sort", "updated").param("assignee",
				String.valueOf(people.byUsername("staff").orElseThrow().getId())), staff)
			.andExpect(jsonPath("$.total").value(1));
		call(get(BASE).param("assignee", "someone"), staff)
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("assignee"));
	}

	@Test
	void anInternalNoteNeverReachesTheRequester() throws Exception {
		int number = submit(requester, request(unique("Notes")));
		send(post(BASE + "/" + number + "/messages"), staff, Map.of("body", "Partner hesitates", "internal", true))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.internal").value(true));
		send(post(BASE + "/" + number + "/messages"), staff, Map.of("body", "How many photographs?", "internal", false))
			.andExpect(status().isCreated());
		send(post(BASE + "/" + number + "/messages"), requester, Map.of("body", "sneaky", "internal", true))
			.andExpect(status().isForbidden());
		send(post(BASE + "/" + number + "/messages"), requester, Map.of("body", "About 2,000"))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.author").value("Rut Requester"));
		call(get(BASE + "/" + number), requester)
			.andExpect(jsonPath("$.messages[*].body", not(hasItem("Partner hesitates"))))
			.andExpect(jsonPath("$.messages[*].body", hasItem("How many photographs?")))
			.andExpect(jsonPath("$.timeline[?(@.internal == true)]", empty()))
			.andExpect(content().string(not(containsString("Partner hesitates"))));
		call(get(BASE + "/" + number), staff)
			.andExpect(jsonPath("$.messages[*].body", hasItem("Partner hesitates")))
			.andExpect(jsonPath("$.firstResponseAt").isNotEmpty());
		send(post(BASE + "/" + number + "/messages"), requester2, Map.of("body", "hello"))
			.andExpect(status().isNotFound());
	}

	@Test
	void detailsChangeWithTheirVersionAndAStaleVersionIsAConflict() throws Exception {
		int number = submit(requester, request(unique("Patch")));
		long version = version(number, requester);
		send(patch(BASE + "/" + number), requester, Map.of("partnerName", "Hallwylska museet", "version", version))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.partnerName").value("Hallwylska museet"))
			.andExpect(jsonPath("$.partnerQid").value("Q842858"));
		send(patch(BASE + "/" + number), requester, Map.of("partnerName", "Skansen", "version", version))
			.andExpect(status().isConflict());
		send(patch(BASE + "/" + number), requester2, Map.of("partnerName", "Skansen", "version", version))
			.andExpect(status().isNotFound());
		send(patch(BASE + "/" + number), requester, Map.of("partnerName", "Skansen"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("version"));
	}

	@Test
	void theOpenApiDescriptionIsPublicAndDescribesTheTokens() throws Exception {
		mvc.perform(get("/v3/api-docs"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.components.securitySchemes.apiToken.scheme").value("bearer"))
			.andExpect(jsonPath("$.paths['/api/v1/hubs/{slug}/requests'].post.operationId").value("createRequest"))
			.andExpect(jsonPath("$.paths['/api/v1/hubs/{slug}/requests'].post.responses['201']").exists())
			.andExpect(jsonPath("$.paths['/api/v1/hubs/{slug}/requests'].get.parameters[*].name", hasItem("state")))
			.andExpect(jsonPath("$.paths['/api/v1/hubs/{slug}/requests'].get.parameters[*].name", not(hasItem("me"))))
			.andExpect(jsonPath("$.paths['/api/v1/hubs/{slug}/requests'].get.parameters[*].name", not(hasItem("viewer"))))
			.andExpect(jsonPath("$.paths['/api/v1/hubs/{slug}/requests/{number}'].get.parameters[*].name",
					hasItem("slug")))
			.andExpect(jsonPath("$.paths['/api/v1/hubs/{slug}/requests/{number}/transitions'].post").exists());
	}

	private int submit(String token, Map<String, Object> body) throws Exception {
		String response = send(post(BASE), token, body)
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.state").value("SUBMITTED"))
			.andReturn().getResponse().getContentAsString();
		int number = JsonPath.read(response, "$.number");
		assertThat(number).isPositive();
		return number;
	}

	private long version(int number, String token) throws Exception {
		String response = call(get(BASE + "/" + number), token).andReturn().getResponse().getContentAsString();
		return ((Number) JsonPath.read(response, "$.version")).longValue();
	}

	private Map<String, Object> request(String title) {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("title", title);
		body.put("affiliateId", directory.affiliateNamed("Wikimedia Sverige").orElseThrow().getId());
		body.put("partnerName", "Nationalmuseum");
		body.put("partnerQid", "Q842858");
		body.put("rightsStatus", "CLEARED");
		body.put("platforms", List.of("COMMONS", "WIKIDATA"));
		body.put("usefulnessPlan", "Articles about Swedish painters");
		body.put("language", "sv");
		body.put("consentToPublish", true);
		body.put("needIds", List.of(need()));
		body.put("submit", true);
		return body;
	}

	private long need() {
		return hubs.codebook(hub).get(3).children().get(0).need().getId();
	}

	private ResultActions send(MockHttpServletRequestBuilder request, String token, Object body) throws Exception {
		return mvc.perform(with(request, token).contentType(MediaType.APPLICATION_JSON)
			.content(json.writeValueAsString(body)));
	}

	private ResultActions call(MockHttpServletRequestBuilder request, String token) throws Exception {
		return mvc.perform(with(request, token));
	}

	private static MockHttpServletRequestBuilder with(MockHttpServletRequestBuilder request, String token) {
		return request.header(HttpHeaders.AUTHORIZATION, "Bearer " + token);
	}

	private String token(String username) {
		return tokens.create(people.byUsername(username).orElseThrow().getId(), "tests").secret();
	}

	private static String unique(String title) {
		return title + " " + UUID.randomUUID().toString().substring(0, 8);
	}
}
