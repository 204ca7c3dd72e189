package org.hubdesk.committee.internal;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.hubdesk.request.TimelineKind;
import org.hubdesk.request.TimelineKinds;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** What the committee writes on a request's timeline: its decision, with the rubric version it was made under. */
@Component
class CommitteeTimeline implements TimelineKinds {

	/** A decision: facts {@code outcome} (an {@link Outcome}'s name), {@code rubric} (the version's number), {@code consensus}. */
	static final TimelineKind DECISION = new TimelineKind() {

		@Override
		public String key() {
			return "committee.decision";
		}

		@Override
		public String word(Map<String, String> facts, MessageSource messages, Locale locale) {
			String outcome = messages.getMessage("committee.outcome." + facts.get("outcome"), null,
					facts.get("outcome"), locale);
			String key = "true".equals(facts.get("consensus")) ? "committee.timeline.decision.consensus"
					: "committee.timeline.decision";
			return messages.getMessage(key, new Object[] { outcome, facts.get("rubric") }, locale);
		}
	};

	@Override
	public List<? extends TimelineKind> kinds() {
		return List.of(DECISION);
	}
}
