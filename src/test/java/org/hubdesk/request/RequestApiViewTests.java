package org.hubdesk.request;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import org.hubdesk.DemoTest;
import org.hubdesk.directory.Directory;
import org.hubdesk.hub.Hubs;
import org.hubdesk.identity.ApiTokens;
import org.hubdesk.identity.People;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import tools.jackson.databind.json.JsonMapper;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hubdesk.request.ApiClient.BASE;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The API shows each caller a request as its page shows it to them: people by their names, and to a
 * requester nothing of the staff's own (who it is assigned to, tags, effort, internal notes), not
 * even a staff member's username.
 */
@DemoTest
class RequestApiViewTests {

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

	@Autowired
	RequestWork work;

	ApiClient api;
	String requester;
	String staff;

	@BeforeEach
	void setUp() {
		api = new ApiClient(mvc, tokens, people, json, directory, hubs);
		requester = api.token("requester");
		staff = api.token("staff");
	}

	@Test
	void aRequesterSeesNamesAndNothingOfTheStaffsOwnWhileStaffSeeIt() throws Exception {
		String title = ApiClient.unique("Herbaria");
		String word = title.substring(title.lastIndexOf(' ') + 1);
		int number = api.submit(requester, api.request(title));
		api.send(post(BASE + "/" + number + "/assignment"), staff,
				Map.of("assignee", "staff", "version", api.version(number, staff)))
			.andExpect(status().isOk());
		api.send(post(BASE + "/" + number + "/messages"), staff, Map.of("body", "Which herbaria?", "internal", false))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.author").value("Sam Staff"));
		api.send(post(BASE + "/" + number + "/messages"), staff, Map.of("body", "Budget is tight", "internal", true))
			.andExpect(status().isCreated());
		long staffId = people.byUsername("staff").orElseThrow().getId();
		HelpRequest request = requests.byNumber(hubs.bySlug("content-partnerships").orElseThrow(), number).orElseThrow();
		request = work.tag(request, request.getVersion(), List.of("sensitive-" + word), staffId);
		work.estimateEffort(request, request.getVersion(), new BigDecimal("12.5"), staffId);

		api.call(get(BASE + "/" + number), requester)
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.requester").value("Rut Requester"))
			.andExpect(jsonPath("$.assignee").doesNotExist())
			.andExpect(jsonPath("$.tags").doesNotExist())
			.andExpect(jsonPath("$.estimatedEffortHours").doesNotExist())
			.andExpect(jsonPath("$.messages[*].author", hasItem("Sam Staff")))
			.andExpect(jsonPath("$.messages[*].body", not(hasItem("Budget is tight"))))
			.andExpect(jsonPath("$.timeline[*].actor", hasItem("Sam Staff")))
			.andExpect(jsonPath("$.timeline[*].actor", hasItem("Rut Requester")))
			.andExpect(content().string(not(containsString("\"staff\""))))
			.andExpect(content().string(not(containsString("sensitive-"))));
		api.call(get(BASE).param("q", word), requester)
			.andExpect(jsonPath("$.total").value(1))
			.andExpect(jsonPath("$.items[0].requester").value("Rut Requester"))
			.andExpect(jsonPath("$.items[0].assignee").doesNotExist());

		api.call(get(BASE + "/" + number), staff)
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.requester").value("Rut Requester"))
			.andExpect(jsonPath("$.assignee").value("Sam Staff"))
			.andExpect(jsonPath("$.tags", hasItem("sensitive-" + word)))
			.andExpect(jsonPath("$.estimatedEffortHours").value(12.5))
			.andExpect(jsonPath("$.messages[*].body", hasItem("Budget is tight")))
			.andExpect(jsonPath("$.messages[*].author", not(hasItem("staff"))))
			.andExpect(jsonPath("$.timeline[?(@.internal == true)].actor", hasItem("Sam Staff")));
		api.call(get(BASE).param("q", word), staff)
			.andExpect(jsonPath("$.items[0].assignee").value("Sam Staff"));
	}

	@Test
	void theOpenApiDescriptionSaysWhatIsForStaffOnlyAndWhatStaffMustSend() throws Exception {
		mvc.perform(get("/v3/api-docs"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.components.schemas.RequestJson.properties.tags.description").value("staff only"))
			.andExpect(jsonPath("$.components.schemas.RequestJson.properties.assignee.description",
					containsString("staff only")))
			.andExpect(jsonPath("$.components.schemas.RequestSummary.properties.assignee.description",
					containsString("staff only")))
			.andExpect(jsonPath("$.components.schemas.MessageInput.properties.internal.description",
					containsString("required of staff")))
			.andExpect(jsonPath("$.components.schemas.AttachmentJson.properties.internal").exists())
			.andExpect(jsonPath("$.paths['/api/v1/hubs/{slug}/requests/{number}/messages'].post.description",
					containsString("internal")))
			.andExpect(jsonPath("$.paths['/api/v1/hubs/{slug}/requests/{number}/attachments'].post.description",
					containsString("messageId")));
	}
}
