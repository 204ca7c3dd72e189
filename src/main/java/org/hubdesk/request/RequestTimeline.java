package org.hubdesk.request;

import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.hubdesk.hub.HubViewer;
import org.hubdesk.request.internal.TimelineRepository;
import org.springframework.context.MessageSource;
import org.springframework.modulith.NamedInterface;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A request's timeline as every module sees it: any module records an entry of one of its kinds
 * ({@link TimelineKinds}) with its facts and its audience, and the timeline reads back what a viewer
 * may see, each entry worded in the viewer's language by its kind.
 */
@NamedInterface("api")
@Service
public class RequestTimeline {

	private static final int MAX_NAME = 60;
	private static final int MAX_VALUE = 4000;

	private final TimelineRepository entries;
	private final MessageSource messages;
	private final Clock clock;
	private final Map<String, TimelineKind> kinds = new HashMap<>();

	RequestTimeline(TimelineRepository entries, MessageSource messages, Clock clock, List<TimelineKinds> contributions) {
		this.entries = entries;
		this.messages = messages;
		this.clock = clock;
		for (TimelineKinds contribution : contributions) {
			for (TimelineKind kind : contribution.kinds()) {
				TimelineKind other = kinds.putIfAbsent(kind.key(), kind);
				if (other != null && other != kind) {
					throw new IllegalStateException("Two timeline kinds have the key " + kind.key());
				}
			}
		}
	}

	/**
	 * Records an entry on the request's timeline, now.
	 * @param kind one of the contributed kinds
	 * @param actorId who did it; {@code null} when the system did
	 * @param facts what the kind words the entry from, by name (names up to 60 characters, values up to 4,000)
	 * @param audience who may see it
	 */
	@Transactional
	public TimelineEntry record(HelpRequest request, TimelineKind kind, Long actorId, Map<String, String> facts,
			Audience audience) {
		if (kinds.get(kind.key()) != kind) {
			throw new IllegalArgumentException("Not a contributed timeline kind: " + kind.key());
		}
		facts.forEach((name, value) -> {
			if (name == null || name.isBlank() || name.length() > MAX_NAME || value == null || value.length() > MAX_VALUE) {
				throw new IllegalArgumentException("A timeline fact needs a name of at most " + MAX_NAME
						+ " characters and a value of at most " + MAX_VALUE + ": " + name);
			}
		});
		return entries.save(new TimelineEntry(request.getId(), clock.instant(), actorId, kind, audience, facts));
	}

	/** The entries of the request the viewer may see (the viewer reads the request), in time order. */
	public List<TimelineEntry> seenBy(HelpRequest request, HubViewer viewer) {
		return of(request, Audience.seenBy(viewer));
	}

	/** The entries of the request for these audiences, in time order. */
	public List<TimelineEntry> of(HelpRequest request, Set<Audience> audiences) {
		return entries.findByRequestIdAndAudienceInOrderByAtAscIdAsc(request.getId(), audiences);
	}

	/** The kind with this key, when a module contributes it. */
	public TimelineKind kind(String key) {
		return kinds.get(key);
	}

	/**
	 * The line saying what the entry records, in the locale; {@code null} when it says nothing beyond
	 * what it carries, or when no module contributes its kind any more.
	 */
	public String word(TimelineEntry entry, Locale locale) {
		TimelineKind kind = kinds.get(entry.getKindKey());
		return kind == null ? null : kind.word(entry.getFacts(), messages, locale);
	}

	/** Words the entry quotes as someone wrote them (a reason), if any. */
	public String quote(TimelineEntry entry) {
		TimelineKind kind = kinds.get(entry.getKindKey());
		return kind == null ? null : kind.quote(entry.getFacts());
	}
}
