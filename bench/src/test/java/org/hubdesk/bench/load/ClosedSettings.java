package org.hubdesk.bench.load;

/**
 * What a closed-loop run is told by {@code bench/run} besides the common {@link Settings}: how many
 * clients, the three windows of each action (JIT warm-up, warm-up, measured, in seconds), which jar
 * answers, and where the figures of a baseline pass are kept.
 */
record ClosedSettings(int clients, int jitWarmup, int warmup, int measured, String jar, String save,
		String baseline) {

	static ClosedSettings read() {
		return new ClosedSettings(integer("bench.closed.clients", 8), integer("bench.closed.jitWarmup", 30),
				integer("bench.closed.warmup", 10), integer("bench.closed.measured", 60),
				System.getProperty("bench.closed.jar", "hubdesk.jar"), System.getProperty("bench.closed.save", ""),
				System.getProperty("bench.closed.baseline", ""));
	}

	/** Seconds from an action's first client to the end of its measured window. */
	int seconds() {
		return jitWarmup + warmup + measured;
	}

	private static int integer(String name, int fallback) {
		return Integer.parseInt(System.getProperty(name, Integer.toString(fallback)));
	}

}
