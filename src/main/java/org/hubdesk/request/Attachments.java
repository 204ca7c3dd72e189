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
import java.util.Optional;

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
 * allowed types, then kept under the data folder. Reading them is for those who may read the request;
 * a file attached to an internal note, for those who read internal notes.
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

	/** The request's files everyone who reads it sees: none attached to an internal note. */
	public List<Attachment> of(HelpRequest request) {
		return of(request, false);
	}

	/**
	 * The request's files a reader sees: those of internal notes only with {@code withInternal} (for
	 * those who read internal notes, see {@link ReadScope#internalNotes}).
	 */
	public List<Attachment> of(HelpRequest request, boolean withInternal) {
		return attachments.findByRequestIdOrderByCreatedAtAsc(request.getId()).stream()
			.filter(a -> withInternal || !a.isInternal())
			.toList();
	}

	/** The request's file with this id, if the reader sees it (see {@link #of(HelpRequest, boolean)}). */
	public Optional<Attachment> byId(HelpRequest request, long id, boolean withInternal) {
		return attachments.findById(id)
			.filter(a -> a.getRequestId().equals(request.getId()))
			.filter(a -> withInternal || !a.isInternal());
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
		return addAll(request, null, uploaderId, files);
	}

	/**
	 * Checks and keeps the files chosen with a message, as {@link #addAll(HelpRequest, long, List)}:
	 * they follow the message's visibility (see {@link #add(HelpRequest, RequestMessage, long, String, InputStream)}).
	 */
	@Transactional
	public int addAll(HelpRequest request, RequestMessage message, long uploaderId, List<MultipartFile> files) {
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
				add(request, message, uploaderId, name, content);
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
		return add(request, null, uploaderId, fileName, content);
	}

	/**
	 * Checks and keeps a file attached to a message of the request: whoever sees the message sees the
	 * file, so a file of an internal note is for the hub's staff only, and so is its timeline entry.
	 * @throws Refusal (field {@code attachments}) as {@link #add(HelpRequest, long, String, InputStream)}
	 */
	@Transactional
	public Attachment add(HelpRequest request, RequestMessage message, long uploaderId, String fileName,
			InputStream content) {
		if (message != null && !message.getRequestId().equals(request.getId())) {
			throw new IllegalArgumentException("The message is not one of the request's");
		}
		boolean internal = message != null && message.isInternal();
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
			Attachment attachment = attachments.save(new Attachment(request.getId(), message, name, type, size,
					HexFormat.of().formatHex(sha.digest()), key, uploaderId, now));
			timeline.save(new TimelineEntry(request.getId(), now, uploaderId, Kind.ATTACHMENT, internal).detail(name));
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

	/**
	 * The file's own name without any folder part, shortened, never empty, and shown as it is: without
	 * control characters, invisible formatting characters (the bidirectional controls, such as the
	 * right-to-left override U+202E that makes "gnp.exe" read as "exe.png", and zero-width characters),
	 * line separators or broken surrogates.
	 */
	static String cleanName(String fileName) {
		String name = fileName == null ? "" : fileName.replace('\\', '/');
		name = name.substring(name.lastIndexOf('/') + 1).replaceAll("[\\p{Cc}\\p{Cf}\\p{Cs}\\p{Zl}\\p{Zp}\"]", "").strip();
		if (name.isEmpty()) {
			name = "attachment";
		}
		if (name.length() <= 200) {
			return name;
		}
		int from = name.length() - 200;
		// never cut a character in two
		return name.substring(Character.isLowSurrogate(name.charAt(from)) ? from + 1 : from);
	}
}
