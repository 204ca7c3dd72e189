package org.hubdesk.request;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.Formula;
import org.springframework.modulith.NamedInterface;

/**
 * A file attached to a request, or to one of its messages, kept under the data folder and served only
 * as a download.
 */
@NamedInterface("api")
@Entity
@Table(name = "request_attachment")
public class Attachment {

	/** The longest file name accepted, in characters. */
	public static final int FILE_NAME_MAX = 255;

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "request_id", nullable = false)
	private Long requestId;

	@Column(name = "message_id")
	private Long messageId;

	@Column(name = "file_name", nullable = false, length = FILE_NAME_MAX)
	private String fileName;

	@Column(name = "content_type", nullable = false, length = 120)
	private String contentType;

	@Column(name = "size_bytes", nullable = false)
	private long sizeBytes;

	@Column(nullable = false, length = 64)
	private String sha256;

	@Column(name = "storage_key", nullable = false, unique = true, length = 120)
	private String storageKey;

	@Column(name = "uploaded_by", nullable = false)
	private Long uploadedBy;

	@Column(name = "created_at", nullable = false)
	private Instant createdAt;

	/** Whether the message it is attached to is an internal note: whoever sees the message sees the file. */
	@Formula("(select m.internal from request_message m where m.id = message_id)")
	private Boolean internal;

	protected Attachment() {
	}

	Attachment(Long requestId, RequestMessage message, String fileName, String contentType, long sizeBytes,
			String sha256, String storageKey, Long uploadedBy, Instant now) {
		this.requestId = requestId;
		this.messageId = message == null ? null : message.getId();
		this.internal = message != null && message.isInternal();
		this.fileName = fileName;
		this.contentType = contentType;
		this.sizeBytes = sizeBytes;
		this.sha256 = sha256;
		this.storageKey = storageKey;
		this.uploadedBy = uploadedBy;
		this.createdAt = now;
	}

	public Long getId() {
		return id;
	}

	public Long getRequestId() {
		return requestId;
	}

	public Long getMessageId() {
		return messageId;
	}

	public String getFileName() {
		return fileName;
	}

	public String getContentType() {
		return contentType;
	}

	public long getSizeBytes() {
		return sizeBytes;
	}

	public String getSha256() {
		return sha256;
	}

	String getStorageKey() {
		return storageKey;
	}

	public Long getUploadedBy() {
		return uploadedBy;
	}

	public Instant getCreatedAt() {
		return createdAt;
	}

	/** Whether it is attached to an internal note, and so only for those who read internal notes. */
	public boolean isInternal() {
		return Boolean.TRUE.equals(internal);
	}
}
