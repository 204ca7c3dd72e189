package org.hubdesk.notification.internal;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.hubdesk.notification.Notification;
import org.hubdesk.notification.NotificationKind;
import org.springframework.context.MessageSource;
import org.springframework.context.NoSuchMessageException;
import org.springframework.stereotype.Component;

/**
 * The kinds of notification the modules contribute, by key, and the wording of a notification
 * through its kind. A notification whose kind no module contributes any more (or whose kind cannot
 * word it) reads as a plain "something needs your attention", and its link still works.
 */
@Component
public class NotificationKinds {

	static final String UNKNOWN = "notifications.unknown";

	private final Map<String, NotificationKind> byKey;
	private final MessageSource messages;

	NotificationKinds(List<NotificationKind> kinds, MessageSource messages) {
		this.byKey = kinds.stream().collect(Collectors.toUnmodifiableMap(NotificationKind::key, Function.identity(),
				(a, b) -> {
					throw new IllegalStateException("Two notification kinds have the key " + a.key());
				}));
		this.messages = messages;
	}

	/** The contributed kind of the key, if a module contributes it. */
	public Optional<NotificationKind> byKey(String key) {
		return Optional.ofNullable(byKey.get(key));
	}

	/** The kind's key, once it is known to be one of the contributed kinds. */
	public String keyOf(NotificationKind kind) {
		String key = kind.key();
		if (!byKey.containsKey(key)) {
			throw new IllegalArgumentException("Not a contributed notification kind: " + key);
		}
		return key;
	}

	/** The notification's text in the language. */
	public String word(Notification notification, Locale locale) {
		return byKey(notification.getKind()).map(kind -> word(kind, notification.getFacts(), locale))
			.orElseGet(() -> unknown(locale));
	}

	private String word(NotificationKind kind, Map<String, String> facts, Locale locale) {
		try {
			return kind.word(facts, messages, locale);
		}
		catch (NoSuchMessageException ex) {
			return unknown(locale);
		}
	}

	private String unknown(Locale locale) {
		return messages.getMessage(UNKNOWN, null, locale);
	}
}
