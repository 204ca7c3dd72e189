package org.hubdesk.request;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;

import org.apache.tika.Tika;
import org.hubdesk.request.TimelineEntry.Kind;
import org.hubdesk.request.files.AttachmentProperties;
import org.hubdesk.request.files.AttachmentRepository;
import org.hubdesk.request.files.AttachmentStore;
import org.hubdesk.request.internal.TimelineRepository;
import org.hubdesk.shared.Refusal;
import org.springframework.modulith.NamedInterface;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.multipart.MultipartFile;

/**
 * Files attached to requests: each checked against the size limit and, by its content, against the
 * allowed types, then kept under the data folder. Reading them is for those who may read the request.
 */
@NamedInterface("api")
@Service
@Transactional(readOnly = true)
public class Attachments {

	private final AttachmentRepository attachments;
	private final AttachmentStore store;
	private final TimelineRepository timeline;
	private final AttachmentProperties properties;
	private final Clock clock;
	private final Tika tika = new Tika();

	Attachments(AttachmentRepository attachments, AttachmentStore store, TimelineRepository timeline,
			AttachmentProperties properties, Clock clock) {
		this.attachments = attachments;
		this.store = store;
		this.timeline = timeline;
		this.properties = properties;
		this.clock = clock;
	}

	public List<Attachment> of(HelpRequest request) {
		return attachments.findByRequestIdOrderByCreatedAtAsc(request.getId());
	}

	public java.util.Optional<Attachment> byId(HelpRequest request, long id) {
		return attachments.findById(id).filter(a -> a.getRequestId().equals(request.getId()));
	}

	public InputStream open(Attachment attachment) throws IOException {
		return store.open(attachment.getStorageKey());
	}

	/** The largest file accepted, in megabytes, for messages. */
	public long maxMegabytes() {
		return properties.maxFileSize().toMegabytes();
	}

	/**
	 * Checks and keeps the files chosen in a form (a file input sends an empty part when none was
	 * chosen), all of them or none; returns how many there were.
	 * @throws Refusal (field {@code attachments}) when together they weigh more than the hub accepts,
	 *         a name is too long, or one of them is refused by {@link #add}
	 */
	@Transactional
	public int addAll(HelpRequest request, long uploaderId, List<MultipartFile> files) {
		List<MultipartFile> chosen = files == null ? List.of()
				: files.stream().filter(f -> !f.isEmpty() || (f.getOriginalFilename() != null
						&& !f.getOriginalFilename().isEmpty())).toList();
		if (chosen.stream().mapToLong(MultipartFile::getSize).sum() > properties.maxTotalSize().toBytes()) {
			throw new Refusal("attachments", "request.error.attachments-too-large",
					Math.max(1, properties.maxTotalSize().toMegabytes()));
		}
		for (MultipartFile file : chosen) {
			String name = file.getOriginalFilename();
			if (name != null && name.length() > Attachment.FILE_NAME_MAX) {
				throw new Refusal("attachments", "request.error.attachment-name", Attachment.FILE_NAME_MAX);
			}
			try (InputStream content = file.getInputStream()) {
				add(request, uploaderId, name, content);
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}
		return chosen.size();
	}

	/**
	 * Checks and keeps a file. @throws Refusal (field {@code attachments}) when the file is
	 * empty, too large or of a type the hub does not accept
	 */
	@Transactional
	public Attachment add(HelpRequest request, long uploaderId, String fileName, InputStream content) {
		String name = cleanName(fileName);
		Path temporary = null;
		try {
			temporary = store.temporaryFile();
			MessageDigest sha = MessageDigest.getInstance("SHA-256");
			long size = copyWithin(content, temporary, sha, properties.maxFileSize().toBytes());
			if (size < 0) {
				throw new Refusal("attachments", "request.error.attachment-too-large", name, maxMegabytes());
			}
			if (size == 0) {
				throw new Refusal("attachments", "request.error.attachment-empty", name);
			}
			String type;
			try (InputStream in = new BufferedInputStream(Files.newInputStream(temporary))) {
				type = tika.detect(in, name);
			}
			if (!properties.allowedTypes().contains(type)) {
				throw new Refusal("attachments", "request.error.attachment-type", name);
			}
			String key = store.keep(temporary);
			temporary = null;
			Instant now = clock.instant();
			Attachment attachment = attachments.save(new Attachment(request.getId(), name, type, size,
					HexFormat.of().formatHex(sha.digest()), key, uploaderId, now));
			timeline.save(new TimelineEntry(request.getId(), now, uploaderId, Kind.ATTACHMENT, false).detail(name));
			return attachment;
		}
		catch (IOException | NoSuchAlgorithmException ex) {
			throw new IllegalStateException("Could not store an attachment", ex);
		}
		finally {
			if (temporary != null) {
				try {
					Files.deleteIfExists(temporary);
				}
				catch (IOException ignored) {
					// a leftover temporary file is cleaned with the folder
				}
			}
		}
	}

	/** Copies at most {@code limit} bytes; returns the size, or -1 when the content is longer. */
	private static long copyWithin(InputStream in, Path target, MessageDigest sha, long limit) throws IOException {
		long total = 0;
		byte[] buffer = new byte[64 * 1024];
		try (OutputStream out = new DigestOutputStream(Files.newOutputStream(target), sha)) {
			int read;
			while ((read = in.read(buffer)) != -1) {
				total += read;
				if (total > limit) {
					return -1;
				}
				out.write(buffer, 0, read);
			}
		}
		return total;
	}

	/** The file's own name without any folder part, shortened, never empty. */
	static String cleanName(String fileName) {
		String name = fileName == null ? "" : fileName.replace('\\', '/');
		name = name.substring(name.lastIndexOf('/') + 1).replaceAll("[\\p{Cntrl}\"]", "").strip();
		if (name.isEmpty()) {
			name = "attachment";
		}
		return name.length() > 200 ? name.substring(name.length() - 200) : name;
	}
}
