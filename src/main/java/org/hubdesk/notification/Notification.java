package org.hubdesk.notification;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.Table;

import org.hibernate.annotations.BatchSize;

/**
 * Something that needs a person's attention. The text is not stored: the notification keeps the key
 * of its kind (owned by the module that sent it) and the facts the text needs, and the kind words it
 * when shown, so it reads in the recipient's language of the moment.
 */
@Entity
@Table(name = "notification")
public class Notification {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "person_id", nullable = false)
	private Long personId;

	@Column(name = "hub_id", nullable = false)
	private Long hubId;

	/** The key of its {@link NotificationKind}, e.g. {@code request.reply}. */
	@Column(nullable = false, length = 80)
	private String kind;

	/** What the text needs, by name, e.g. a request's reference and title; read with the notification. */
	@ElementCollection(fetch = FetchType.EAGER)
	@CollectionTable(name = "notification_fact", joinColumns = @JoinColumn(name = "notification_id"))
	@MapKeyColumn(name = "name", length = 60)
	@Column(name = "content", nullable = false, length = 1000)
	@BatchSize(size = 100)
	private Map<String, String> facts = new HashMap<>();

	/** Where opening it leads, a path in the application. */
	@Column(nullable = false, length = 300)
	private String link;

	@Column(name = "created_at", nullable = false)
	private Instant createdAt;

	@Column(name = "read_at")
	private Instant readAt;

	protected Notification() {
	}

	Notification(Long personId, Long hubId, String kind, Map<String, String> facts, String link, Instant now) {
		this.personId = personId;
		this.hubId = hubId;
		this.kind = kind;
		this.facts.putAll(facts);
		this.link = link;
		this.createdAt = now;
	}

	void read(Instant now) {
		if (readAt == null) {
			readAt = now;
		}
	}

	public Long getId() {
		return id;
	}

	public Long getPersonId() {
		return personId;
	}

	public Long getHubId() {
		return hubId;
	}

	/** The key of its kind. */
	public String getKind() {
		return kind;
	}

	/** The facts it was sent with, by name. */
	public Map<String, String> getFacts() {
		return Map.copyOf(facts);
	}

	public String getLink() {
		return link;
	}

	public Instant getCreatedAt() {
		return createdAt;
	}

	public Instant getReadAt() {
		return readAt;
	}

	public boolean isUnread() {
		return readAt == null;
	}
}
