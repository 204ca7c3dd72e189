package org.hubdesk.request;

import java.util.List;
import java.util.Map;

import org.hubdesk.DemoTest;
import org.hubdesk.SignedIn;
import org.hubdesk.directory.Directory;
import org.hubdesk.hub.Hub;
import org.hubdesk.hub.Hubs;
import org.hubdesk.identity.ApiTokens;
import org.hubdesk.identity.People;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.not;
import static org.hubdesk.request.ApiClient.BASE;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.patch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * What the API refuses, it refuses as 400 problem details naming the field, never a server error;
 * and it refuses what the form refuses, by the same checks.
 */
@DemoTest
class RequestApiInputTests {

	static final String UNREADABLE = "Remove the control characters (or broken characters) from this text; "
			+ "tabs and line breaks are fine.";

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

	@Autowired
	Requests requests;

	ApiClient api;
	Hub hub;
	String requester2;
	String staff;

	@BeforeEach
	void setUp() {
		api = new ApiClient(mvc, tokens, people, json, directory, hubs);
		hub = hubs.bySlug("content-partnerships").orElseThrow();
		requester2 = api.token("requester2");
		staff = api.token("staff");
	}

	@Test
	void aPageOrAWaitBeyondReachIsRefusedNamingItInEveryPagedList() throws Exception {
		api.call(get(BASE).param("page", "21474837").param("size", "100"), staff)
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("page"))
			.andExpect(jsonPath("$.errors[0].message").value("Pages of this list go no further than page 21,474,835."));
		api.call(get(BASE).param("waitingLongerThanHours", "2147483647"), staff)
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("waitingLongerThanHours"));
		api.call(get(BASE).param("page", "1000000").param("size", "100"), staff)
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.items", empty()));
		api.call(get("/api/v1/hubs/content-partnerships/search").param("q", "museum").param("page", "107374183"),
				staff)
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("page"));
		api.call(get("/api/v1/hubs/content-partnerships/search").param("q", "museum").param("page", "499"), staff)
			.andExpect(status().isOk());
	}

	@Test
	void anUnknownChoiceIsRefusedNamingItsFieldOnCreateAndChange() throws Exception {
		for (String field : List.of("affiliateId", "thematicGroupId", "needIds")) {
			Map<String, Object> body = api.request(ApiClient.unique("Unknown " + field));
			body.put(field, field.equals("needIds") ? List.of(987654321L) : 987654321L);
			api.send(post(BASE), requester2, body)
				.andExpect(status().isBadRequest())
				.andExpect(jsonPath("$.errors[0].field").value(field))
				.andExpect(jsonPath("$.errors[0].message").value("Choose from the list."));
		}
		for (String field : List.of("needIds", "platforms")) {
			Map<String, Object> body = api.request(ApiClient.unique("Null in " + field));
			body.put(field, java.util.Arrays.asList((Object) null));
			api.send(post(BASE), requester2, body)
				.andExpect(status().isBadRequest())
				.andExpect(jsonPath("$.errors[0].field").value(field));
		}
		int number = api.submit(requester2, api.request(ApiClient.unique("Known choices")));
		long version = api.version(number, requester2);
		for (String field : List.of("affiliateId", "thematicGroupId", "needIds")) {
			api.send(patch(BASE + "/" + number), requester2,
					Map.of(field, field.equals("needIds") ? List.of(987654321L) : 987654321L, "version", version))
				.andExpect(status().isBadRequest())
				.andExpect(jsonPath("$.errors[0].field").value(field));
		}
		api.send(patch(BASE + "/" + number), requester2, Map.of("partnerName", "Skansen", "version", version))
			.andExpect(status().isOk());
	}

	@Test
	void aChangeSentAsAFormIsRefusedAsTheWrongKindOfBodyWhateverItHolds() throws Exception {
		int number = api.submit(requester2, api.request(ApiClient.unique("Form body")));
		for (String body : List.of("title=100%", "title=Skansen&version=%zz", "title=Skansen")) {
			api.call(patch(BASE + "/" + number).contentType(MediaType.APPLICATION_FORM_URLENCODED).content(body), requester2)
				.andExpect(status().isUnsupportedMediaType())
				.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
		}
	}

	@Test
	void theApiRefusesWhatTheFormRefuses() throws Exception {
		Map<String, Object> language = api.request(ApiClient.unique("Language"));
		language.put("language", "xx");
		api.send(post(BASE), requester2, language)
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("language"))
			.andExpect(jsonPath("$.errors[0].message").value("Choose one of the listed languages."));
		Map<String, Object> nul = api.request(ApiClient.unique("Nul \u0000 title"));
		api.send(post(BASE), requester2, nul)
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("title"))
			.andExpect(jsonPath("$.errors[0].message").value(UNREADABLE));
		Map<String, Object> escape = api.request(ApiClient.unique("Escape"));
		escape.put("description", "Colours \u001b[31m red");
		api.send(post(BASE), requester2, escape)
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("description"));
		String broken = ApiClient.unique("Broken SURROGATE title");
		mvc.perform(ApiClient.with(post(BASE), requester2).contentType(MediaType.APPLICATION_JSON)
				.content(json.writeValueAsString(api.request(broken)).replace("SURROGATE", "\\ud800")))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("title"));
		assertThat(requests.mine(hub, people.byUsername("requester2").orElseThrow().getId()))
			.extracting(HelpRequest::getTitle)
			.noneMatch(t -> t.startsWith("Nul") || t.startsWith("Broken") || t.startsWith("Language")
					|| t.startsWith("Escape"));

		Map<String, Object> lines = api.request(ApiClient.unique("Lines"));
		lines.put("description", "First line\r\n\tindented second line");
		int number = api.submit(requester2, lines);
		long version = api.version(number, requester2);
		api.send(patch(BASE + "/" + number), requester2, Map.of("title", "Nul \u0000", "version", version))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("title"));
		api.send(patch(BASE + "/" + number), requester2, Map.of("language", "xx", "version", version))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("language"));
		api.send(post(BASE + "/" + number + "/messages"), requester2, Map.of("body", "Bell \u0007"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("body"));
	}

	@Test
	void theFormRefusesControlCharactersBesideTheFieldAndKeepsWhatWasTyped() throws Exception {
		String title = ApiClient.unique("Formed");
		mvc.perform(post("/hubs/content-partnerships/requests/new").with(SignedIn.as(people, "requester2"))
				.with(csrf())
				.param("action", "draft").param("title", title)
				.param("description", "Ring the bell \u0007 twice").param("language", "en"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"description-error\"")))
			.andExpect(content().string(containsString("Remove the control characters")))
			.andExpect(content().string(containsString("value=\"" + title + "\"")));
		assertThat(requests.mine(hub, people.byUsername("requester2").orElseThrow().getId()))
			.extracting(HelpRequest::getTitle)
			.doesNotContain(title);
	}

	@Test
	void staffSayWhetherAMessageIsInternalAndARequesterPostsPublicReplies() throws Exception {
		int number = api.submit(requester2, api.request(ApiClient.unique("Visibility")));
		String messages = BASE + "/" + number + "/messages";
		expectNoUnfilledArgument(api.send(post(messages), staff, Map.of("body", "Visible to whom?"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("internal")));
		api.send(post(messages), staff, Map.of("body", "To the requester", "internal", false))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.internal").value(false));
		api.send(post(messages), requester2, Map.of("body", "Thanks"))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.internal").value(false));
		api.send(post(messages), requester2, Map.of("body", "Sneaky", "internal", true))
			.andExpect(status().isForbidden());
		api.call(get(BASE + "/" + number), requester2)
			.andExpect(content().string(not(containsString("Visible to whom?"))));
	}

	private static void expectNoUnfilledArgument(ResultActions result) throws Exception {
		result.andExpect(content().string(not(containsString("{0"))));
	}
}
