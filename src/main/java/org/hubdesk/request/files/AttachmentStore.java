package org.hubdesk.request.files;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/** Keeps attachment files under {@code <data folder>/attachments}, by a random key, never by their name. */
@Component
public class AttachmentStore {

	private static final Logger log = LoggerFactory.getLogger(AttachmentStore.class);

	private final Path root;

	AttachmentStore(@Value("${hubdesk.data-dir}") String dataDir) {
		this.root = Path.of(dataDir).toAbsolutePath().normalize().resolve("attachments");
	}

	/**
	 * Moves an uploaded temporary file into the store; returns its key. Inside a transaction the file
	 * stays only if the transaction commits: a rollback (a refused form, say) deletes it again, so no
	 * file is left that no attachment names.
	 */
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
		if (TransactionSynchronizationManager.isSynchronizationActive()) {
			TransactionSynchronizationManager.registerSynchronization(new DeleteOnRollback(target));
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

	/** The folder the files are kept in. */
	Path root() {
		return root;
	}

	private Path path(String key) {
		if (!key.matches("[0-9a-f-]{36}")) {
			throw new IllegalArgumentException("Not an attachment key");
		}
		return root.resolve(key.substring(0, 2)).resolve(key);
	}

	/** Deletes a file moved into the store when the transaction that wanted it rolls back. */
	private record DeleteOnRollback(Path file) implements TransactionSynchronization {

		@Override
		public void afterCompletion(int status) {
			if (status == STATUS_ROLLED_BACK) {
				try {
					Files.deleteIfExists(file);
				}
				catch (IOException ex) {
					log.warn("Could not delete the attachment file {} of a rolled back transaction", file, ex);
				}
			}
		}
	}
}
