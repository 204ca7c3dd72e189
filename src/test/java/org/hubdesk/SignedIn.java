package org.hubdesk;

import java.util.UUID;

import org.hubdesk.identity.People;
import org.hubdesk.identity.Person;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/** Signs requests in as a person, the way the real sign-in would, for MockMvc tests. */
public final class SignedIn {

	private SignedIn() {
	}

	/** The request signed in as the person with this username (a demo account, say). */
	public static RequestPostProcessor as(People people, String username) {
		Person person = people.byUsername(username).orElseThrow(() -> new IllegalArgumentException(username));
		return user(people.principalOf(person));
	}

	/** A request-number prefix no other hub has (ten random capital letters). */
	public static String randomPrefix() {
		java.util.concurrent.ThreadLocalRandom random = java.util.concurrent.ThreadLocalRandom.current();
		StringBuilder sb = new StringBuilder();
		for (int i = 0; i < 10; i++) {
			sb.append((char) ('A' + random.nextInt(26)));
		}
		return sb.toString();
	}

	/** A new local account with a unique name, for tests that change a person. */
	public static Person newPerson(People people, String prefix) {
		String name = prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
		return people.createLocal(name, "correct horse battery", null, false);
	}
}
