package org.hubdesk.impact.internal;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.hubdesk.request.TimelineKind;
import org.hubdesk.request.TimelineKinds;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** What usefulness on the platforms writes on a request's timeline: targets added and removed. */
@Component
class ImpactTimeline implements TimelineKinds {

	/** A target added: facts {@code kind} (a {@link TargetKind}'s name) and {@code title}. */
	static final TimelineKind ADDED = kind("impact.target.added", "impact.timeline.added");

	/** A target removed: facts {@code kind} and {@code title}. */
	static final TimelineKind REMOVED = kind("impact.target.removed", "impact.timeline.removed");

	@Override
	public List<? extends TimelineKind> kinds() {
		return List.of(ADDED, REMOVED);
	}

	private static TimelineKind kind(String key, String message) {
		return new TimelineKind() {

			@Override
			public String key() {
				return key;
			}

			@Override
			public String word(Map<String, String> facts, MessageSource messages, Locale locale) {
				String kind = messages.getMessage("impact.kind." + facts.get("kind"), null, facts.get("kind"), locale);
				return messages.getMessage(message, new Object[] { kind, facts.get("title") }, locale);
			}
		};
	}
}
