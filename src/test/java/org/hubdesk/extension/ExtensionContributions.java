package org.hubdesk.extension;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.hubdesk.hub.HubViewer;
import org.hubdesk.request.HelpRequest;
import org.hubdesk.request.RequestPanel;
import org.hubdesk.request.TimelineKind;
import org.hubdesk.request.TimelineKinds;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * What a module outside {@code request} contributes to requests, the way the committee, impact and
 * other modules will: a panel on the request's page and a kind of timeline entry. Found by the
 * application's component scan, so every test context has them; they touch only requests whose
 * title starts with {@link #MARK}.
 */
final class ExtensionContributions {

	/** The title prefix of the requests this module concerns itself with. */
	static final String MARK = "Extension ";

	/** A committee-like decision: worded from its {@code outcome} fact, with the member's reason quoted. */
	static final TimelineKind DECISION = new TimelineKind() {

		@Override
		public String key() {
			return "extension.decision";
		}

		@Override
		public String word(Map<String, String> facts, MessageSource messages, Locale locale) {
			return messages.getMessage("extension.timeline.decision", new Object[] { facts.get("outcome") }, locale);
		}

		@Override
		public String quote(Map<String, String> facts) {
			return facts.get("reason");
		}
	};

	private ExtensionContributions() {
	}

	/** The module's timeline kinds. */
	@Component
	static class Kinds implements TimelineKinds {

		@Override
		public List<TimelineKind> kinds() {
			return List.of(DECISION);
		}
	}

	/** A panel the hub's staff see on the module's requests, and nobody else. */
	@Component
	static class Panel implements RequestPanel {

		@Override
		public Optional<RequestPanel.Panel> panel(HelpRequest request, HubViewer viewer) {
			if (!request.getTitle().startsWith(MARK) || !viewer.isStaff()) {
				return Optional.empty();
			}
			return Optional.of(new RequestPanel.Panel("extension/panel :: panel",
					Map.of("rubric", "rubric-of-" + request.getNumber()), 50));
		}
	}
}
