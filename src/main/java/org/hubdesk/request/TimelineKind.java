package org.hubdesk.request;

import java.util.Locale;
import java.util.Map;

import org.springframework.context.MessageSource;
import org.springframework.modulith.NamedInterface;

/**
 * A kind of entry on a request's timeline, owned by the module that records it: its key, stored with
 * each entry, and how an entry of this kind reads in a viewer's language. A module offers its kinds
 * through a {@link TimelineKinds} bean and records entries through {@link RequestTimeline}.
 */
@NamedInterface("spi")
public interface TimelineKind {

	/**
	 * The kind's key, unique across modules: the owning module's name, a dot, and a name within the
	 * module ({@code request.STATUS_CHANGED}, {@code committee.decision}); at most 80 characters.
	 */
	String key();

	/**
	 * The line that says what happened, in the locale, from the entry's facts (name → value) and the
	 * application's messages (every module's bundle); {@code null} when the entry says nothing beyond
	 * what it carries (an internal note is its message).
	 */
	String word(Map<String, String> facts, MessageSource messages, Locale locale);

	/** Words quoted as someone wrote them (a reason), shown beneath the line; none by default. */
	default String quote(Map<String, String> facts) {
		return null;
	}
}
