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

import com.jayway.jsonpath.JsonPath;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Files of internal notes reach the hub's staff only, on the page, in the API and at their download
 * address; and a file's name is shown as it is, never disguised by invisible characters.
 */
@DemoTest
class InternalAttachmentTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Requests requests;

	@Autowired
	Attachments attachments;

	@Autowired
	Hubs hubs;

	@Autowired
	People people;

	Hub hub;
	Person requester;
	HelpRequest request;
	String page;
	String api;

	@BeforeEach
	void setUp() {
		hub = hubs.bySlug("content-partnerships").orElseThrow();
		requester = SignedIn.newPerson(people, "noted");
		RequestDetails details = new RequestDetails("Estate inventories", null, null, "Riksarkivet", null, "scans",
				"40", RightsStatus.CLEARED, Set.of(Platform.COMMONS), "Articles about estates", null, "en", null, null,
				false, Set.of(hubs.codebook(hub).get(0).need().getId()));
		HelpRequest draft = requests.startDraft(hub, requester.getId(), requester.getId(), details, Set.of());
		request = requests.submit(hub, draft, draft.getVersion(), requester.getId());
		page = "/hubs/content-partnerships/requests/" + request.getNumber();
		api = "/api/v1/hubs/content-partnerships/requests/" + request.getNumber();
	}

	@Test
	void staffAttachAFileToAnInternalNoteOnThePageAndOnlyStaffSeeIt() throws Exception {
		long version = requests.byId(request.getId()).orElseThrow().getVersion();
		mvc.perform(multipart(page + "/messages").file(png("files", "budget-sheet.png"))
				.param("visibility", "internal").param("body", "The budget, for us").param("version",
						String.valueOf(version))
				.with(SignedIn.as(people, "staff")).with(csrf()))
			.andExpect(status().is3xxRedirection());
		assertThat(attachments.of(request)).isEmpty();
		Attachment file = attachments.of(request, true).get(0);
		assertThat(file.isInternal()).isTrue();
		assertThat(file.getMessageId()).isNotNull();

		mvc.perform(get(page).with(SignedIn.as(people, "staff")))
			.andExpect(content().string(containsString("budget-sheet.png")))
			.andExpect(content().string(containsString("Attached to an internal note")));
		mvc.perform(get(page).with(SignedIn.as(people, requester.getUsername())))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("budget-sheet.png"))));
		mvc.perform(get(page + "/attachments/" + file.getId()).with(SignedIn.as(people, "staff")))
			.andExpect(status().isOk());
		mvc.perform(get(page + "/attachments/" + file.getId()).with(SignedIn.as(people, requester.getUsername())))
			.andExpect(status().isNotFound());
		mvc.perform(get(api + "/attachments/" + file.getId()).with(SignedIn.as(people, requester.getUsername())))
			.andExpect(status().isNotFound());
		mvc.perform(get(api + "/attachments").with(SignedIn.as(people, requester.getUsername())))
			.andExpect(content().string(not(containsString("budget-sheet.png"))));
		mvc.perform(get(api).with(SignedIn.as(people, requester.getUsername())))
			.andExpect(content().string(not(containsString("budget-sheet.png"))));
		mvc.perform(get(api + "/attachments").with(SignedIn.as(people, "staff")))
			.andExpect(jsonPath("$[0].fileName").value("budget-sheet.png"))
			.andExpect(jsonPath("$[0].internal").value(true));
	}

	@Test
	void staffAttachAFileToAnInternalNoteThroughTheApiAndARequesterOnlyToTheirOwnMessages() throws Exception {
		String note = mvc.perform(post(api + "/messages").contentType(MediaType.APPLICATION_JSON)
				.content("{\"body\": \"Contract draft\", \"internal\": true}")
				.with(SignedIn.as(people, "staff")).with(csrf()))
			.andExpect(status().isCreated())
			.andReturn().getResponse().getContentAsString();
		long noteId = ((Number) JsonPath.read(note, "$.id")).longValue();
		String added = mvc.perform(multipart(api + "/attachments").file(png("file", "contract.png"))
				.param("messageId", String.valueOf(noteId)).with(SignedIn.as(people, "staff")).with(csrf()))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.internal").value(true))
			.andExpect(jsonPath("$.messageId").value(noteId))
			.andReturn().getResponse().getContentAsString();
		String download = JsonPath.read(added, "$.download");
		mvc.perform(get(download).with(SignedIn.as(people, "staff"))).andExpect(status().isOk());
		mvc.perform(get(download).with(SignedIn.as(people, requester.getUsername())))
			.andExpect(status().isNotFound());
		mvc.perform(get(api + "/attachments").with(SignedIn.as(people, requester.getUsername())))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("contract.png"))));
		mvc.perform(multipart(api + "/attachments").file(png("file", "mine.png"))
				.param("messageId", String.valueOf(noteId))
				.with(SignedIn.as(people, requester.getUsername())).with(csrf()))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("messageId"));

		String reply = mvc.perform(post(api + "/messages").contentType(MediaType.APPLICATION_JSON)
				.content("{\"body\": \"The inventory, attached\"}")
				.with(SignedIn.as(people, requester.getUsername())).with(csrf()))
			.andExpect(status().isCreated())
			.andReturn().getResponse().getContentAsString();
		long replyId = ((Number) JsonPath.read(reply, "$.id")).longValue();
		mvc.perform(multipart(api + "/attachments").file(png("file", "inventory.png"))
				.param("messageId", String.valueOf(replyId))
				.with(SignedIn.as(people, requester.getUsername())).with(csrf()))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.internal").value(false));
		mvc.perform(get(api + "/attachments").with(SignedIn.as(people, requester.getUsername())))
			.andExpect(jsonPath("$[*].fileName", hasItem("inventory.png")));
	}

	@Test
	void aFileNameLosesTheInvisibleCharactersThatDisguiseIt() throws Exception {
		mvc.perform(multipart(api + "/attachments").file(png("file", "\u202Egnp.exe"))
				.with(SignedIn.as(people, requester.getUsername())).with(csrf()))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.fileName").value("gnp.exe"));
		mvc.perform(multipart(page + "/attachments").file(png("files", "re\u200Bport\u2066.png"))
				.with(SignedIn.as(people, requester.getUsername())).with(csrf()))
			.andExpect(status().is3xxRedirection());
		assertThat(attachments.of(request)).extracting(Attachment::getFileName).containsExactly("gnp.exe", "report.png");
		assertThat(Attachments.cleanName("\u200Fphoto\u0000.jpg\uD800")).isEqualTo("photo.jpg");
	}

	private static MockMultipartFile png(String part, String name) {
		return new MockMultipartFile(part, name, "image/png", AttachmentTests.PNG);
	}
}
