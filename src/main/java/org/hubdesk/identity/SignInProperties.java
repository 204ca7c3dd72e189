package org.hubdesk.identity;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How sign-in resists guessing: after {@code maxFailures} wrong passwords in a row for one account
 * from one client address, that address may not try that account for {@code lockout}; after
 * {@code maxFailuresPerAddress} wrong passwords from one address, whatever the account, the address
 * may try none for as long. Nobody else is stopped: the owner signs in from their own address.
 */
@ConfigurationProperties("hubdesk.sign-in")
public record SignInProperties(@DefaultValue("5") int maxFailures, @DefaultValue("15m") Duration lockout,
		@DefaultValue("20") int maxFailuresPerAddress) {
}
