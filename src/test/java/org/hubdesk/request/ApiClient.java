package org.hubdesk.request;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.hubdesk.directory.Directory;
import org.hubdesk.hub.Hub;
import org.hubdesk.hub.Hubs;
import org.hubdesk.identity.ApiTokens;
import org.hubdesk.identity.People;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import com.jayway.jsonpath.JsonPath;

import tools.jackson.databind.json.JsonMapper;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Calls the requests API of the demo hub the way programs do: with personal API tokens and JSON. */
final class ApiClient {

	static final String BASE = "/api/v1/hubs/content-partnerships/requests";

	private final MockMvc mvc;
	private final ApiTokens tokens;
	private final People people;
	private final JsonMapper json;
	private final Directory directory;
	private final Hub hub;
	private final Hubs hubs;

	ApiClient(MockMvc mvc, ApiTokens tokens, People people, JsonMapper json, Directory directory, Hubs hubs) {
		this.mvc = mvc;
		this.tokens = tokens;
		this.people = people;
		this.json = json;
		this.directory = directory;
		this.hubs = hubs;
		this.hub = hubs.bySlug("content-partnerships").orElseThrow();
	}

	/** A new API token of the person with this username. */
	String token(String username) {
		return tokens.create(people.byUsername(username).orElseThrow().getId(), "tests").secret();
	}

	ResultActions send(MockHttpServletRequestBuilder request, String token, Object body) throws Exception {
		return mvc.perform(with(request, token).contentType(MediaType.APPLICATION_JSON)
			.content(json.writeValueAsString(body)));
	}

	ResultActions call(MockHttpServletRequestBuilder request, String token) throws Exception {
		return mvc.perform(with(request, token));
	}

	static MockHttpServletRequestBuilder with(MockHttpServletRequestBuilder request, String token) {
		return request.header(HttpHeaders.AUTHORIZATION, "Bearer " + token);
	}

	/** A complete request, ready to submit, with a title of its own. */
	Map<String, Object> request(String title) {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("title", title);
		body.put("affiliateId", directory.affiliateNamed("Wikimedia Sverige").orElseThrow().getId());
		body.put("partnerName", "Nationalmuseum");
		body.put("rightsStatus", "CLEARED");
		body.put("platforms", List.of("COMMONS", "WIKIDATA"));
		body.put("usefulnessPlan", "Articles about Swedish painters");
		body.put("language", "sv");
		body.put("needIds", List.of(need()));
		body.put("submit", true);
		return body;
	}

	long need() {
		return hubs.codebook(hub).get(3).children().get(0).need().getId();
	}

	/** Submits the request as the token's owner; its number. */
	int submit(String token, Map<String, Object> body) throws Exception {
		String response = send(post(BASE), token, body).andExpect(status().isCreated()).andReturn().getResponse()
			.getContentAsString();
		return JsonPath.read(response, "$.number");
	}

	long version(int number, String token) throws Exception {
		String response = call(get(BASE + "/" + number), token).andReturn().getResponse().getContentAsString();
		return ((Number) JsonPath.read(response, "$.version")).longValue();
	}

	static String unique(String title) {
		return title + " " + UUID.randomUUID().toString().substring(0, 8);
	}
}
