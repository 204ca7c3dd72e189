package org.hubdesk.request;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.util.Set;

import org.hubdesk.DemoTest;
import org.hubdesk.SignedIn;
import org.hubdesk.hub.Hub;
import org.hubdesk.hub.Hubs;
import org.hubdesk.identity.People;
import org.hubdesk.identity.Person;
import org.hubdesk.shared.Refusal;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@DemoTest
class AttachmentTests {

	/** The first bytes of a real PNG image: enough for the type to be recognised from content. */
	static final byte[] PNG = { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R', 0,
			0, 0, 1, 0, 0, 0, 1, 8, 6, 0, 0, 0, 0x1f, 0x15, (byte) 0xc4, (byte) 0x89 };

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

	@BeforeEach
	void setUp() {
		hub = hubs.bySlug("content-partnerships").orElseThrow();
		requester = SignedIn.newPerson(people, "uploader");
		RequestDetails details = new RequestDetails("Scans", null, null, "Nordiska museet", null, "scans", "10",
				RightsStatus.CLEARED, Set.of(Platform.COMMONS), "Commons categories of the museum", null, "en", null,
				null, false, Set.of(hubs.codebook(hub).get(0).need().getId()));
		HelpRequest draft = requests.startDraft(hub, requester.getId(), requester.getId(), details, Set.of());
		request = requests.submit(hub, draft, draft.getVersion(), requester.getId());
	}

	@Test
	void aFileIsTypedByItsContentAndServedOnlyToThoseWhoReadTheRequest() throws Exception {
		String path = "/hubs/content-partnerships/requests/" + request.getNumber();
		mvc.perform(multipart(path + "/attachments").file(new MockMultipartFile("files", "notes.txt", "text/plain", PNG))
				.with(SignedIn.as(people, requester.getUsername())).with(csrf()))
			.andExpect(status().is3xxRedirection());
		Attachment attachment = attachments.of(request).get(0);
		assertThat(attachment.getContentType()).isEqualTo("image/png");
		assertThat(attachment.getSha256()).hasSize(64);

		mvc.perform(get(path + "/attachments/" + attachment.getId()).with(SignedIn.as(people, requester.getUsername())))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Disposition", containsString("attachment")))
			.andExpect(header().string("Content-Type", "image/png"))
			.andExpect(content().bytes(PNG));
		mvc.perform(get(path + "/attachments/" + attachment.getId()).with(SignedIn.as(people, "staff")))
			.andExpect(status().isOk());
		mvc.perform(get(path + "/attachments/" + attachment.getId()).with(SignedIn.as(people, "requester2")))
			.andExpect(status().isNotFound());
		mvc.perform(get(path + "/attachments/" + attachment.getId())).andExpect(status().is3xxRedirection());
	}

	@Test
	void aProgramDisguisedAsAnImageIsRefused() {
		byte[] program = new byte[512];
		program[0] = 'M';
		program[1] = 'Z';
		assertThatThrownBy(() -> attachments.add(request, requester.getId(), "holiday.jpg",
				new ByteArrayInputStream(program)))
			.isInstanceOfSatisfying(Refusal.class,
					ex -> assertThat(ex.getMessageKey()).isEqualTo("request.error.attachment-type"));
		assertThat(attachments.of(request)).isEmpty();
	}

	@Test
	void aFileOverTheLimitIsRefusedWithTheLimitInTheMessage() {
		long tooBig = attachments.maxMegabytes() * 1024 * 1024 + 1;
		InputStream endless = new InputStream() {
			long left = tooBig;

			@Override
			public int read() {
				return left-- > 0 ? 'x' : -1;
			}

			@Override
			public int read(byte[] b, int off, int len) {
				if (left <= 0) {
					return -1;
				}
				int n = (int) Math.min(len, left);
				java.util.Arrays.fill(b, off, off + n, (byte) 'x');
				left -= n;
				return n;
			}
		};
		assertThatThrownBy(() -> attachments.add(request, requester.getId(), "big.txt", endless))
			.isInstanceOfSatisfying(Refusal.class, ex -> {
				assertThat(ex.getMessageKey()).isEqualTo("request.error.attachment-too-large");
				assertThat(ex.getArguments()).containsExactly("big.txt", attachments.maxMegabytes());
			});
	}

	@Test
	void aFormSentWithoutAFileAsksForOne() throws Exception {
		String path = "/hubs/content-partnerships/requests/" + request.getNumber() + "/attachments";
		mvc.perform(post(path).contentType(MediaType.APPLICATION_FORM_URLENCODED).param("note", "no file")
				.with(SignedIn.as(people, requester.getUsername())).with(csrf()))
			.andExpect(status().is3xxRedirection())
			.andExpect(flash().attribute("attachmentError", "Choose a file to attach."));
		mvc.perform(multipart(path).file(new MockMultipartFile("files", "", "application/octet-stream", new byte[0]))
				.with(SignedIn.as(people, requester.getUsername())).with(csrf()))
			.andExpect(status().is3xxRedirection())
			.andExpect(flash().attribute("attachmentError", "Choose a file to attach."));
		assertThat(attachments.of(request)).isEmpty();
	}

	@Test
	void filesOverTheTotalOrWithOverlongNamesAreRefusedAllTogether() throws Exception {
		String path = "/hubs/content-partnerships/requests/" + request.getNumber() + "/attachments";
		mvc.perform(multipart(path).file(new MockMultipartFile("files", "fine.png", "image/png", PNG))
				.file(new MockMultipartFile("files", "x".repeat(300) + ".png", "image/png", PNG))
				.with(SignedIn.as(people, requester.getUsername())).with(csrf()))
			.andExpect(status().is3xxRedirection())
			.andExpect(flash().attribute("attachmentError", containsString("255 characters at most")));
		assertThat(attachments.of(request)).isEmpty();
	}

	@Test
	void aFileNameNeverCarriesAFolder() {
		assertThat(Attachments.cleanName("../../etc/passwd")).isEqualTo("passwd");
		assertThat(Attachments.cleanName("C:\\Users\\x\\photo.jpg")).isEqualTo("photo.jpg");
		assertThat(Attachments.cleanName("  ")).isEqualTo("attachment");
	}
}
