package org.hubdesk.request.files;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.UUID;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/** Keeps attachment files under {@code <data folder>/attachments}, by a random key, never by their name. */
@Component
public class AttachmentStore {

	private final Path root;

	AttachmentStore(@Value("${hubdesk.data-dir}") String dataDir) {
		this.root = Path.of(dataDir).toAbsolutePath().normalize().resolve("attachments");
	}

	/** Moves an uploaded temporary file into the store; returns its key. */
	public String keep(Path temporary) {
		String key = UUID.randomUUID().toString();
		Path target = path(key);
		try {
			Files.createDirectories(target.getParent());
			Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not store an attachment", ex);
		}
		return key;
	}

	public InputStream open(String key) throws IOException {
		return Files.newInputStream(path(key));
	}

	/** A temporary file inside the store's folder, so keeping it is a rename on the same disk. */
	public Path temporaryFile() throws IOException {
		Path incoming = root.resolve("incoming");
		Files.createDirectories(incoming);
		return Files.createTempFile(incoming, "upload-", ".part");
	}

	private Path path(String key) {
		if (!key.matches("[0-9a-f-]{36}")) {
			throw new IllegalArgumentException("Not an attachment key");
		}
		return root.resolve(key.substring(0, 2)).resolve(key);
	}
}
