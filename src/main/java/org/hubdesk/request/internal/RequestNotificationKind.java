package org.hubdesk.request.internal;

import java.util.Locale;
import java.util.Map;

import org.hubdesk.notification.NotificationKind;
import org.springframework.context.MessageSource;

/**
 * The notifications the request module sends, keyed {@code request.…} and worded by the messages
 * {@code request.notification.…} from the request's reference, its title and, for a status change,
 * the new status.
 */
enum RequestNotificationKind implements NotificationKind {

	NEW_REQUEST("new-request"), REPLY("reply"), REQUESTER_REPLY("requester-reply"), STATUS_CHANGED("status-changed"),
	ASSIGNED("assigned"), INTERNAL_NOTE("internal-note"), REMINDER("reminder");

	/** The request's reference, e.g. {@code CP-12}. */
	static final String REFERENCE = "reference";

	/** The request's title when it was sent. */
	static final String TITLE = "title";

	/** The state the request moved to, by its name. */
	static final String STATE = "state";

	private final String name;

	RequestNotificationKind(String name) {
		this.name = name;
	}

	@Override
	public String key() {
		return "request." + name;
	}

	@Override
	public String word(Map<String, String> facts, MessageSource messages, Locale locale) {
		String state = facts.get(STATE);
		String stateText = state == null ? "" : messages.getMessage("request.state." + state, null, state, locale);
		return messages.getMessage("request.notification." + name,
				new Object[] { facts.getOrDefault(REFERENCE, ""), facts.getOrDefault(TITLE, ""), stateText }, locale);
	}
}
