package org.hubdesk.committee.internal;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import java.util.Map;

import org.hubdesk.notification.NotificationKind;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * What the committee tells its members: a request is on the agenda of a meeting. Sent to the members
 * not conflicted on it; worded in each reader's language from the request's reference, its title and
 * the meeting's day.
 */
@Configuration(proxyBeanMethods = false)
class CommitteeNotifications {

	/** A request put on an agenda: facts {@code reference}, {@code title}, {@code day} (an ISO date). */
	static final NotificationKind ON_AGENDA = new NotificationKind() {

		@Override
		public String key() {
			return "committee.on-agenda";
		}

		@Override
		public String word(Map<String, String> facts, MessageSource messages, Locale locale) {
			String iso = facts.get("day");
			String day = iso == null ? "" : DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale)
				.format(LocalDate.parse(iso));
			return messages.getMessage("committee.notification.on-agenda",
					new Object[] { facts.getOrDefault("reference", ""), facts.getOrDefault("title", ""), day }, locale);
		}
	};

	@Bean
	NotificationKind committeeOnAgendaNotification() {
		return ON_AGENDA;
	}
}
