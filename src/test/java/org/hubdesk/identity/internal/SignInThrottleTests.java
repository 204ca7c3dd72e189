package org.hubdesk.identity.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

import org.hubdesk.identity.SignInProperties;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SignInThrottleTests {

	final MovingClock clock = new MovingClock(Instant.parse("2026-11-28T05:00:00Z"));
	final SignInThrottle throttle = new SignInThrottle(new SignInProperties(5, Duration.ofMinutes(15), 20), clock);

	@Test
	void theFifthFailureHoldsTheAddressBackForThatAccountUntilTheLockoutEnds() {
		for (int i = 0; i < 4; i++) {
			throttle.failed("203.0.113.1", "Someone");
		}
		assertThat(throttle.throttled("203.0.113.1", "someone")).isFalse();
		throttle.failed("203.0.113.1", "someone");
		assertThat(throttle.throttled("203.0.113.1", " SOMEONE ")).isTrue();
		assertThat(throttle.throttled("198.51.100.1", "someone")).as("another address").isFalse();
		assertThat(throttle.throttled("203.0.113.1", "someone-else")).as("another account").isFalse();
		clock.advance(Duration.ofMinutes(15));
		assertThat(throttle.throttled("203.0.113.1", "someone")).isFalse();
	}

	@Test
	void failuresSpreadOverMoreThanTheWindowDoNotAddUp() {
		for (int i = 0; i < 4; i++) {
			throttle.failed("203.0.113.2", "someone");
		}
		clock.advance(Duration.ofMinutes(16));
		throttle.failed("203.0.113.2", "someone");
		assertThat(throttle.throttled("203.0.113.2", "someone")).isFalse();
	}

	@Test
	void aRightPasswordForgivesTheAddressItsFailuresForTheAccount() {
		for (int i = 0; i < 4; i++) {
			throttle.failed("203.0.113.3", "someone");
		}
		throttle.succeeded("203.0.113.3", "someone");
		throttle.failed("203.0.113.3", "someone");
		assertThat(throttle.throttled("203.0.113.3", "someone")).isFalse();
	}

	@Test
	void manyAccountsTriedFromOneAddressHoldItBackForAll() {
		for (int i = 0; i < 19; i++) {
			throttle.failed("203.0.113.4", "name" + i);
		}
		assertThat(throttle.throttled("203.0.113.4", "fresh")).isFalse();
		throttle.failed("203.0.113.4", "name19");
		assertThat(throttle.throttled("203.0.113.4", "fresh")).isTrue();
		assertThat(throttle.throttled("203.0.113.5", "fresh")).isFalse();
	}

	@Test
	void anIpv6ClientIsItsSlash64() {
		assertThat(SignInThrottle.client("2001:db8:1:2:aaaa::1")).isEqualTo(SignInThrottle.client("2001:0db8:0001:0002::ffff"))
			.isNotEqualTo(SignInThrottle.client("2001:db8:1:3::1"));
		assertThat(SignInThrottle.client("203.0.113.9")).isEqualTo("203.0.113.9");
		assertThat(SignInThrottle.client("::ffff:203.0.113.9")).isEqualTo("203.0.113.9");
		assertThat(SignInThrottle.client(null)).isEqualTo("?");
	}

	@Test
	void endedCountsAreClearedWhenThereAreMany() {
		for (int i = 0; i <= SignInThrottle.PRUNE_ABOVE; i++) {
			throttle.failed("10.0." + (i / 250) + "." + (i % 250), "x");
		}
		assertThat(throttle.size()).as("nothing has ended yet").isGreaterThan(SignInThrottle.PRUNE_ABOVE);
		clock.advance(Duration.ofMinutes(20));
		for (int i = 0; i <= SignInThrottle.PRUNE_ABOVE; i++) {
			throttle.failed("10.1." + (i / 250) + "." + (i % 250), "x");
		}
		assertThat(throttle.size()).as("the ended counts are gone").isLessThan(3 * SignInThrottle.PRUNE_ABOVE);
	}

	static final class MovingClock extends Clock {

		private Instant now;

		MovingClock(Instant now) {
			this.now = now;
		}

		void advance(Duration duration) {
			now = now.plus(duration);
		}

		@Override
		public ZoneId getZone() {
			return ZoneOffset.UTC;
		}

		@Override
		public Clock withZone(ZoneId zone) {
			return this;
		}

		@Override
		public Instant instant() {
			return now;
		}
	}
}
