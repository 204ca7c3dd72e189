package org.hubdesk.request;

import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.Table;

import org.hibernate.annotations.Immutable;
import org.springframework.context.MessageSource;
import org.springframework.modulith.NamedInterface;

/**
 * One recorded change of a request (who, when, what, why): its timeline and audit trail. Entries
 * are only ever added. Each has a kind ({@link TimelineKind}, by key: the request module's own
 * {@link Kind}s or another module's), its facts, and an {@link Audience} saying who may see it.
 * The request module's kinds keep their facts in columns of their own (states, field, detail,
 * message); other modules' facts are stored by name.
 */
@NamedInterface("api")
@Entity
@Immutable
@Table(name = "request_timeline")
public class TimelineEntry {

	/** Names of the facts the request module's own kinds keep in columns. */
	public static final String FROM = "from", TO = "to", FIELD = "field", DETAIL = "detail";

	/** What happened to a request, as the request module records it; keys {@code request.NAME}. */
	public enum Kind implements TimelineKind {
		CREATED, SUBMITTED, STATUS_CHANGED, FIELD_CHANGED, ASSIGNED, MESSAGE, NOTE, ATTACHMENT, WITHDRAWN, REMINDER;

		static final String PREFIX = "request.";

		public String messageKey() {
			return "timeline." + name();
		}

		@Override
		public String key() {
			return PREFIX + name();
		}

		@Override
		public String word(Map<String, String> facts, MessageSource messages, Locale locale) {
			return switch (this) {
				case NOTE -> null;
				case STATUS_CHANGED -> messages.getMessage(messageKey(), new Object[] {
					state(facts.get(FROM), messages, locale), state(facts.get(TO), messages, locale) }, locale);
				case FIELD_CHANGED -> messages.getMessage(messageKey(), new Object[] {
					messages.getMessage("request.field." + facts.get(FIELD), null, facts.get(FIELD), locale) }, locale);
				case ASSIGNED -> facts.get(DETAIL) == null ? messages.getMessage("timeline.UNASSIGNED", null, locale)
						: messages.getMessage(messageKey(), new Object[] { facts.get(DETAIL) }, locale);
				default -> messages.getMessage(messageKey(), null, locale);
			};
		}

		@Override
		public String quote(Map<String, String> facts) {
			return this == ASSIGNED ? null : facts.get(DETAIL);
		}

		/** The request module's kind with this key, if it is one. */
		static Kind byKey(String key) {
			if (key == null || !key.startsWith(PREFIX)) {
				return null;
			}
			try {
				return valueOf(key.substring(PREFIX.length()));
			}
			catch (IllegalArgumentException ex) {
				return null;
			}
		}

		private static String state(String name, MessageSource messages, Locale locale) {
			return name == null ? "" : messages.getMessage(RequestState.valueOf(name).messageKey(), null, locale);
		}
	}

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "request_id", nullable = false)
	private Long requestId;

	@Column(nullable = false)
	private Instant at;

	@Column(name = "actor_id")
	private Long actorId;

	@Column(nullable = false, length = 80)
	private String kind;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 20)
	private Audience audience;

	// loaded in batches (default_batch_fetch_size) by a statement made once, not by a subselect
	// that repeats, and is translated anew for, every query of entries
	@ElementCollection(fetch = FetchType.EAGER)
	@CollectionTable(name = "request_timeline_fact", joinColumns = @JoinColumn(name = "entry_id"))
	@MapKeyColumn(name = "fact_name", length = 60)
	@Column(name = "fact_value", nullable = false, length = 4000)
	private Map<String, String> facts = new LinkedHashMap<>();

	@Enumerated(EnumType.STRING)
	@Column(name = "from_state", length = 30)
	private RequestState fromState;

	@Enumerated(EnumType.STRING)
	@Column(name = "to_state", length = 30)
	private RequestState toState;

	@Column(length = 60)
	private String field;

	@Column(length = 20000)
	private String detail;

	@Column(name = "message_id")
	private Long messageId;

	protected TimelineEntry() {
	}

	TimelineEntry(Long requestId, Instant at, Long actorId, Kind kind, boolean internal) {
		this(requestId, at, actorId, kind, Audience.of(internal), Map.of());
	}

	TimelineEntry(Long requestId, Instant at, Long actorId, TimelineKind kind, Audience audience,
			Map<String, String> facts) {
		this.requestId = requestId;
		this.at = at;
		this.actorId = actorId;
		this.kind = kind.key();
		this.audience = audience;
		this.facts.putAll(facts);
	}

	TimelineEntry states(RequestState from, RequestState to) {
		this.fromState = from;
		this.toState = to;
		return this;
	}

	TimelineEntry field(String field) {
		this.field = field;
		return this;
	}

	TimelineEntry detail(String detail) {
		this.detail = detail;
		return this;
	}

	TimelineEntry message(Long messageId) {
		this.messageId = messageId;
		return this;
	}

	public Long getId() {
		return id;
	}

	public Long getRequestId() {
		return requestId;
	}

	public Instant getAt() {
		return at;
	}

	public Long getActorId() {
		return actorId;
	}

	/** The request module's kind of this entry; {@code null} when another module's kind. */
	public Kind getKind() {
		return Kind.byKey(kind);
	}

	/** The key of the entry's kind, whichever module's it is. */
	public String getKindKey() {
		return kind;
	}

	public Audience getAudience() {
		return audience;
	}

	/** Whether the entry is for fewer than everyone who reads the request. */
	public boolean isInternal() {
		return audience != Audience.EVERYONE;
	}

	/** Every fact of the entry by name: those in the request module's columns, then the stored ones. */
	public Map<String, String> getFacts() {
		Map<String, String> all = new LinkedHashMap<>();
		if (fromState != null) {
			all.put(FROM, fromState.name());
		}
		if (toState != null) {
			all.put(TO, toState.name());
		}
		if (field != null) {
			all.put(FIELD, field);
		}
		if (detail != null) {
			all.put(DETAIL, detail);
		}
		all.putAll(facts);
		return Collections.unmodifiableMap(all);
	}

	public RequestState getFromState() {
		return fromState;
	}

	public RequestState getToState() {
		return toState;
	}

	public String getField() {
		return field;
	}

	public String getDetail() {
		return detail;
	}

	public Long getMessageId() {
		return messageId;
	}
}
