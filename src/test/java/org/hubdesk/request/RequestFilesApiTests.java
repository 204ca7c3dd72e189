package org.hubdesk.request;

import java.util.Set;

import org.hubdesk.DemoTest;
import org.hubdesk.SignedIn;
import org.hubdesk.hub.Hub;
import org.hubdesk.hub.Hubs;
import org.hubdesk.identity.People;
import org.hubdesk.identity.Person;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Files, withdrawal and co-requesters through the API and the pages. */
@DemoTest
class RequestFilesApiTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Requests requests;

	@Autowired
	Hubs hubs;

	@Autowired
	People people;

	Hub hub;
	Person requester;
	Person colleague;
	HelpRequest request;
	String api;

	@BeforeEach
	void setUp() {
		hub = hubs.bySlug("content-partnerships").orElseThrow();
		requester = SignedIn.newPerson(people, "filer");
		colleague = SignedIn.newPerson(people, "colleague");
		RequestDetails details = new RequestDetails("Glass plate negatives", null, null, "Upplandsmuseet", null,
				"negatives", "800", RightsStatus.CLEARED, Set.of(Platform.COMMONS), "Articles about Uppsala", null, "en",
				null, null, false, Set.of(hubs.codebook(hub).get(0).need().getId()));
		HelpRequest draft = requests.startDraft(hub, requester.getId(), requester.getId(), details,
				Set.of(colleague.getUsername()));
		request = requests.submit(hub, draft, draft.getVersion(), requester.getId());
		api = "/api/v1/hubs/content-partnerships/requests/" + request.getNumber();
	}

	@Test
	void aRequesterAttachesAFileThroughTheApiAndOnlyReadersSeeIt() throws Exception {
		mvc.perform(multipart(api + "/attachments").file(new MockMultipartFile("file", "plate.png", "image/png",
				AttachmentTests.PNG)).with(SignedIn.as(people, requester.getUsername())).with(csrf()))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.contentType").value("image/png"));
		mvc.perform(get(api + "/attachments").with(SignedIn.as(people, colleague.getUsername())))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[0].fileName").value("plate.png"));
		mvc.perform(get(api + "/attachments").with(SignedIn.as(people, "requester2")))
			.andExpect(status().isNotFound());
		mvc.perform(multipart(api + "/attachments").file(new MockMultipartFile("file", "plate.png", "image/png",
				new byte[] { 'M', 'Z', 1, 2 })).with(SignedIn.as(people, requester.getUsername())).with(csrf()))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("attachments"));
	}

	@Test
	void aCoRequesterReadsTheRequestAndAnotherRequesterDoesNot() throws Exception {
		assertThat(requests.mine(hub, colleague.getId())).extracting(HelpRequest::getId).contains(request.getId());
		mvc.perform(get("/hubs/content-partnerships/requests/" + request.getNumber())
				.with(SignedIn.as(people, colleague.getUsername())))
			.andExpect(status().isOk());
		mvc.perform(get(api).with(SignedIn.as(people, colleague.getUsername()))).andExpect(status().isOk());
		mvc.perform(get(api).with(SignedIn.as(people, "requester2"))).andExpect(status().isNotFound());
		// the list of requests lists it for its requester and its co-requester, and for nobody else
		String list = "/api/v1/hubs/content-partnerships/requests";
		mvc.perform(get(list).with(SignedIn.as(people, colleague.getUsername()))).andExpect(status().isOk())
			.andExpect(jsonPath("$.items[*].number", contains(request.getNumber())));
		mvc.perform(get(list).with(SignedIn.as(people, requester.getUsername()))).andExpect(status().isOk())
			.andExpect(jsonPath("$.items[*].number", contains(request.getNumber())));
		mvc.perform(get(list).with(SignedIn.as(people, "requester2"))).andExpect(status().isOk())
			.andExpect(jsonPath("$.items[*].number", not(hasItem(request.getNumber()))));
	}

	@Test
	void onlyARequesterWithdrawsThroughTheApi() throws Exception {
		String body = "{\"version\": " + request.getVersion() + ", \"reason\": \"Found another way\"}";
		mvc.perform(post(api + "/withdrawal").contentType(MediaType.APPLICATION_JSON).content(body)
				.with(SignedIn.as(people, "staff")).with(csrf()))
			.andExpect(status().isForbidden());
		mvc.perform(post(api + "/withdrawal").contentType(MediaType.APPLICATION_JSON).content(body)
				.with(SignedIn.as(people, colleague.getUsername())).with(csrf()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.state").value("WITHDRAWN"));
	}
}
