package org.hubdesk.wikimedia.internal;

import java.time.Duration;

/** Waits before a request is tried again; tests give one that only notes the waits. */
@FunctionalInterface
interface Sleeper {

	/** Sleeps on the calling thread. */
	Sleeper THREAD = duration -> Thread.sleep(duration.toMillis());

	void sleep(Duration duration) throws InterruptedException;
}
