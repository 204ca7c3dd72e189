package org.hubdesk.identity.internal;

import java.security.SecureRandom;

import org.hubdesk.identity.People;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * On the first start with an empty database (and not in the demo), creates the local instance
 * administrator {@code admin} with a random password, printed once in the log.
 */
@Component
@Profile("!demo")
@Order(0)
class AdminBootstrap implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(AdminBootstrap.class);
	private static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";

	private final People people;
	private final SecureRandom random = new SecureRandom();

	AdminBootstrap(People people) {
		this.people = people;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (people.count() > 0) {
			return;
		}
		String password = randomPassword(20);
		people.createLocal("admin", password, null, true);
		log.warn("Created the instance administrator 'admin' with the password {} "
				+ "(shown only this once: sign in and change it on the account page)", password);
	}

	private String randomPassword(int length) {
		StringBuilder sb = new StringBuilder(length);
		for (int i = 0; i < length; i++) {
			sb.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
		}
		return sb.toString();
	}
}
