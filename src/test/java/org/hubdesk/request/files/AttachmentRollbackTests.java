package org.hubdesk.request.files;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.hubdesk.DemoTest;
import org.hubdesk.SignedIn;
import org.hubdesk.identity.People;
import org.hubdesk.identity.Person;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** A form refused after its files were stored leaves none of them in the data folder; a saved one keeps them. */
@DemoTest
class AttachmentRollbackTests {

	static final String NEW = "/hubs/content-partnerships/requests/new";

	static final byte[] TEXT = "Inventory of the glass plate negatives".getBytes(StandardCharsets.UTF_8);

	@Autowired
	MockMvc mvc;

	@Autowired
	People people;

	@Autowired
	AttachmentStore store;

	@Test
	void aFormRefusedAfterItsFileWasStoredLeavesNoFile() throws Exception {
		Person person = SignedIn.newPerson(people, "refused");
		List<Path> before = storedFiles();
		// the file is stored first; submitting then refuses the incomplete request, in the same transaction
		mvc.perform(multipart(NEW).file(new MockMultipartFile("files", "inventory.txt", "text/plain", TEXT))
				.param("action", "submit").param("title", "Glass plates, not yet described")
				.with(SignedIn.as(people, person.getUsername())).with(csrf()))
			.andExpect(status().isOk());
		assertThat(storedFiles()).containsExactlyInAnyOrderElementsOf(before);
	}

	@Test
	void aSavedFormKeepsItsFile() throws Exception {
		Person person = SignedIn.newPerson(people, "kept");
		List<Path> before = storedFiles();
		mvc.perform(multipart(NEW).file(new MockMultipartFile("files", "inventory.txt", "text/plain", TEXT))
				.param("action", "draft").param("title", "Glass plates")
				.with(SignedIn.as(people, person.getUsername())).with(csrf()))
			.andExpect(status().is3xxRedirection());
		assertThat(storedFiles()).containsAll(before).hasSize(before.size() + 1);
	}

	/** The files kept in the store's folder, temporary uploads included. */
	private List<Path> storedFiles() throws IOException {
		if (!Files.isDirectory(store.root())) {
			return List.of();
		}
		try (Stream<Path> files = Files.walk(store.root())) {
			return files.filter(Files::isRegularFile).toList();
		}
	}
}
