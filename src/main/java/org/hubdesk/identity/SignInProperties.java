package org.hubdesk.identity;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How sign-in resists guessing: after {@code maxFailures} wrong passwords in a row an account is
 * locked for {@code lockout}.
 */
@ConfigurationProperties("hubdesk.sign-in")
public record SignInProperties(@DefaultValue("5") int maxFailures, @DefaultValue("15m") Duration lockout) {
}
