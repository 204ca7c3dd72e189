package org.hubdesk.notification;

import java.util.List;
import java.util.Map;

import org.hubdesk.DemoTest;
import org.hubdesk.SignedIn;
import org.hubdesk.hub.Hub;
import org.hubdesk.hub.Hubs;
import org.hubdesk.identity.People;
import org.hubdesk.identity.Person;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Every page's badge counts the unread notifications up to 99 and past that says "99+"; the API counts them all. */
@DemoTest
class NotificationBadgeTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Notifications notifications;

	@Autowired
	List<NotificationKind> kinds;

	@Autowired
	Hubs hubs;

	@Autowired
	People people;

	@Test
	void aFewUnreadAreCountedExactly() throws Exception {
		Person person = notified(3);
		assertThat(notifications.unreadUpTo(person.getId(), 99)).isEqualTo(3);
		mvc.perform(get("/hubs/content-partnerships").with(SignedIn.as(people, person.getUsername())))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("<span class=\"badge\">3</span>")))
			.andExpect(content().string(containsString("Notifications, 3 unread")));
	}

	@Test
	void pastNinetyNineTheBadgeSaysMore() throws Exception {
		Person person = notified(101);
		assertThat(notifications.unreadUpTo(person.getId(), 99)).isEqualTo(100);
		mvc.perform(get("/hubs/content-partnerships").with(SignedIn.as(people, person.getUsername())))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("<span class=\"badge\">99+</span>")))
			.andExpect(content().string(containsString("Notifications, more than 99 unread")));
		mvc.perform(get("/api/v1/me/notifications").with(SignedIn.as(people, person.getUsername())))
			.andExpect(jsonPath("$.unread").value(101));
		mvc.perform(get("/hubs/content-partnerships").header("Accept-Language", "sv")
			.with(SignedIn.as(people, person.getUsername())))
			.andExpect(content().string(containsString("Notiser, fler än 99 olästa")));
	}

	private Person notified(int count) {
		Hub hub = hubs.bySlug("content-partnerships").orElseThrow();
		Person person = SignedIn.newPerson(people, "badge");
		for (int i = 0; i < count; i++) {
			notifications.send(kinds.get(0), hub, Map.of(), "/notifications", List.of(person.getId()));
		}
		return person;
	}
}
