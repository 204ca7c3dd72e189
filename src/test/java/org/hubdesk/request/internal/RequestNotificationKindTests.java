package org.hubdesk.request.internal;

import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.context.support.ReloadableResourceBundleMessageSource;

import static org.assertj.core.api.Assertions.assertThat;

/** The request module's notifications read as they always have, in English and in Swedish. */
class RequestNotificationKindTests {

	private static final Locale SWEDISH = Locale.forLanguageTag("sv");

	private final ReloadableResourceBundleMessageSource messages = new ReloadableResourceBundleMessageSource();

	private final Map<String, String> facts = Map.of("reference", "CP-7", "title", "Maps of Swedish towns");

	RequestNotificationKindTests() {
		messages.setBasenames("classpath:i18n/request/messages");
		messages.setDefaultEncoding("UTF-8");
		messages.setFallbackToSystemLocale(false);
	}

	@Test
	void eachKindIsKeyedInTheRequestModule() {
		assertThat(RequestNotificationKind.values()).extracting(RequestNotificationKind::key)
			.containsExactly("request.new-request", "request.reply", "request.requester-reply",
					"request.status-changed", "request.assigned", "request.internal-note", "request.reminder");
	}

	@Test
	void eachKindReadsWithTheReferenceAndTitle() {
		assertThat(word(RequestNotificationKind.NEW_REQUEST, Locale.ENGLISH))
			.isEqualTo("New request CP-7: Maps of Swedish towns");
		assertThat(word(RequestNotificationKind.REPLY, SWEDISH))
			.isEqualTo("Hubben har svarat på CP-7: Maps of Swedish towns");
		assertThat(word(RequestNotificationKind.REQUESTER_REPLY, Locale.ENGLISH))
			.isEqualTo("The requester replied on CP-7: Maps of Swedish towns");
		assertThat(word(RequestNotificationKind.ASSIGNED, SWEDISH))
			.isEqualTo("CP-7 är tilldelad dig: Maps of Swedish towns");
		assertThat(word(RequestNotificationKind.INTERNAL_NOTE, Locale.ENGLISH))
			.isEqualTo("New internal note on CP-7: Maps of Swedish towns");
		assertThat(word(RequestNotificationKind.REMINDER, Locale.ENGLISH))
			.isEqualTo("Reminder: the hub is waiting for your answer on CP-7: Maps of Swedish towns");
	}

	@Test
	void aStatusChangeNamesTheNewStatusInTheReadersLanguage() {
		Map<String, String> changed = Map.of("reference", "CP-7", "title", "Maps", "state", "WAITING_FOR_REQUESTER");
		assertThat(RequestNotificationKind.STATUS_CHANGED.word(changed, messages, Locale.ENGLISH))
			.isEqualTo("CP-7 is now: Waiting for the requester");
		assertThat(RequestNotificationKind.STATUS_CHANGED.word(changed, messages, SWEDISH))
			.isEqualTo("CP-7 har nu status: Väntar på frågeställaren");
	}

	private String word(RequestNotificationKind kind, Locale locale) {
		return kind.word(facts, messages, locale);
	}
}
