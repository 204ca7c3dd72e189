package org.hubdesk.extension;

import java.util.Locale;
import java.util.Map;

import org.hubdesk.notification.NotificationKind;
import org.springframework.context.MessageSource;

/**
 * A kind of notification from outside the application's modules, as a coming module contributes
 * one: a shelf of a partner's collection was checked. It words itself from its module's bundle
 * ({@code i18n/extension/messages*.properties}, read with every other module's), with the shelf and
 * the count of items as facts.
 */
final class ShelfChecked implements NotificationKind {

	static final String KEY = "extension.shelf-checked";

	@Override
	public String key() {
		return KEY;
	}

	@Override
	public String word(Map<String, String> facts, MessageSource messages, Locale locale) {
		return messages.getMessage("extension.notification.shelf-checked",
				new Object[] { facts.get("shelf"), facts.get("items") }, locale);
	}
}
