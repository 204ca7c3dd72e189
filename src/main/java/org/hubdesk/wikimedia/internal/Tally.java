package org.hubdesk.wikimedia.internal;

import java.util.concurrent.atomic.AtomicInteger;

/** Counts the HTTP requests one reading makes, retries included. */
final class Tally {

	private final AtomicInteger requests = new AtomicInteger();

	void add() {
		requests.incrementAndGet();
	}

	int requests() {
		return requests.get();
	}
}
