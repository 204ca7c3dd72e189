package org.hubdesk.shared;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.function.Supplier;

/**
 * The application's clock under the {@code demo} profile: the real time, except on a thread whose
 * demo data {@link #at sets it to a moment of the past}, so that what a module seeds through its
 * services (timestamps, timeline entries, dates of work) sits in a believable history. Other
 * threads, and so every page and job, always read the real time.
 */
public final class DemoClock extends Clock {

	private final Clock real;

	private final ThreadLocal<Instant> moment = new ThreadLocal<>();

	public DemoClock(Clock real) {
		this.real = real;
	}

	/** Runs the action on this thread as if it were that moment, which must not lie in the future. */
	public <T> T at(Instant when, Supplier<T> action) {
		if (when.isAfter(real.instant())) {
			throw new IllegalArgumentException("Demo data cannot be written in the future: " + when);
		}
		Instant before = moment.get();
		moment.set(when);
		try {
			return action.get();
		}
		finally {
			if (before == null) {
				moment.remove();
			}
			else {
				moment.set(before);
			}
		}
	}

	/** Runs the action on this thread as if it were that moment (see {@link #at(Instant, Supplier)}). */
	public void at(Instant when, Runnable action) {
		at(when, () -> {
			action.run();
			return null;
		});
	}

	/** The real time, whatever moment this thread is set to. */
	public Instant realInstant() {
		return real.instant();
	}

	@Override
	public Instant instant() {
		Instant set = moment.get();
		return set != null ? set : real.instant();
	}

	@Override
	public ZoneId getZone() {
		return real.getZone();
	}

	@Override
	public Clock withZone(ZoneId zone) {
		return zone.equals(getZone()) ? this : new DemoClock(real.withZone(zone));
	}
}
