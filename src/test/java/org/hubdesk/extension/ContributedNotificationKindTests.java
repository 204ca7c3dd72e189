package org.hubdesk.extension;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.hubdesk.DemoTest;
import org.hubdesk.SignedIn;
import org.hubdesk.hub.Hub;
import org.hubdesk.hub.Hubs;
import org.hubdesk.identity.People;
import org.hubdesk.identity.Person;
import org.hubdesk.notification.Notification;
import org.hubdesk.notification.NotificationCreated;
import org.hubdesk.notification.NotificationKind;
import org.hubdesk.notification.Notifications;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A kind of notification contributed from another package is sent, listed and served by the API
 * worded in each reader's language, and announced once for each recipient; a notification whose
 * kind is gone still reads.
 */
@DemoTest
@RecordApplicationEvents
class ContributedNotificationKindTests {

	/** Contributes the kind, as a module does. */
	@TestConfiguration(proxyBeanMethods = false)
	static class Contribution {

		@Bean
		NotificationKind shelfChecked() {
			return new ShelfChecked();
		}
	}

	private static final Map<String, String> FACTS = Map.of("shelf", "B-12", "items", "3");

	private static final String LINK = "/hubs/content-partnerships";

	@Autowired
	MockMvc mvc;

	@Autowired
	Notifications notifications;

	@Autowired
	NotificationKind shelfChecked;

	@Autowired
	Hubs hubs;

	@Autowired
	People people;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	ApplicationEvents events;

	Hub hub;
	Person swede;
	Person english;

	@BeforeEach
	void setUp() {
		hub = hubs.bySlug("content-partnerships").orElseThrow();
		swede = SignedIn.newPerson(people, "hylla");
		people.updateProfile(swede.getId(), null, null, "sv", null);
		english = SignedIn.newPerson(people, "shelf");
		people.updateProfile(english.getId(), null, null, "en", null);
	}

	@Test
	void theListAndTheApiWordItInEachReadersLanguage() throws Exception {
		notifications.send(shelfChecked, hub, FACTS, LINK, List.of(swede.getId(), english.getId()));

		mvc.perform(get("/notifications").with(SignedIn.as(people, swede.getUsername())))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Hylla B-12 har kontrollerats: 3 föremål behöver en licens")));
		mvc.perform(get("/notifications").with(SignedIn.as(people, english.getUsername())))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Shelf B-12 was checked: 3 items need a licence")));

		mvc.perform(get("/api/v1/me/notifications").with(SignedIn.as(people, swede.getUsername())))
			.andExpect(jsonPath("$.unread").value(1))
			.andExpect(jsonPath("$.items[0].kind").value(ShelfChecked.KEY))
			.andExpect(jsonPath("$.items[0].text").value("Hylla B-12 har kontrollerats: 3 föremål behöver en licens"))
			.andExpect(jsonPath("$.items[0].facts.shelf").value("B-12"))
			.andExpect(jsonPath("$.items[0].link").value(LINK));
		mvc.perform(get("/api/v1/me/notifications").with(SignedIn.as(people, english.getUsername())))
			.andExpect(jsonPath("$.items[0].kind").value(ShelfChecked.KEY))
			.andExpect(jsonPath("$.items[0].text").value("Shelf B-12 was checked: 3 items need a licence"));
	}

	@Test
	void eachRecipientIsNotifiedOnceAndEachNotificationIsAnnounced() {
		List<Notification> sent = notifications.send(shelfChecked, hub, FACTS, LINK,
				List.of(swede.getId(), english.getId(), swede.getId()));

		assertThat(sent).extracting(Notification::getPersonId).containsExactly(swede.getId(), english.getId());
		assertThat(notifications.latest(swede.getId(), 10)).hasSize(1);
		assertThat(events.stream(NotificationCreated.class).filter(e -> e.kind().equals(ShelfChecked.KEY)))
			.containsExactly(
					new NotificationCreated(sent.get(0).getId(), swede.getId(), ShelfChecked.KEY, hub.getId(), LINK),
					new NotificationCreated(sent.get(1).getId(), english.getId(), ShelfChecked.KEY, hub.getId(), LINK));
	}

	@Test
	void aKindNoModuleContributesIsNotSent() {
		NotificationKind stray = new NotificationKind() {

			@Override
			public String key() {
				return "extension.stray";
			}

			@Override
			public String word(Map<String, String> facts, org.springframework.context.MessageSource messages,
					java.util.Locale locale) {
				return "stray";
			}
		};
		assertThatIllegalArgumentException()
			.isThrownBy(() -> notifications.send(stray, hub, Map.of(), LINK, List.of(english.getId())));
		assertThat(notifications.latest(english.getId(), 10)).isEmpty();
		assertThat(events.stream(NotificationCreated.class)).isEmpty();
	}

	@Test
	void aNotificationOfAKindThatIsGoneStillReadsAndLeadsOn() throws Exception {
		jdbc.update("insert into notification (person_id, hub_id, kind, link, created_at) values (?, ?, ?, ?, ?)",
				swede.getId(), hub.getId(), "retired.kind", LINK, Timestamp.from(Instant.now()));
		long id = notifications.latest(swede.getId(), 1).get(0).getId();

		mvc.perform(get("/notifications").with(SignedIn.as(people, swede.getUsername())))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Något behöver din uppmärksamhet.")))
			.andExpect(content().string(not(containsString("retired.kind"))));
		mvc.perform(get("/api/v1/me/notifications").with(SignedIn.as(people, english.getUsername())))
			.andExpect(jsonPath("$.items").isEmpty());
		mvc.perform(get("/api/v1/me/notifications").with(SignedIn.as(people, swede.getUsername())))
			.andExpect(jsonPath("$.items[0].kind").value("retired.kind"))
			.andExpect(jsonPath("$.items[0].text").value("Något behöver din uppmärksamhet."));
		mvc.perform(post("/notifications/" + id + "/read").with(SignedIn.as(people, swede.getUsername())).with(csrf()))
			.andExpect(redirectedUrl(LINK));
	}
}
