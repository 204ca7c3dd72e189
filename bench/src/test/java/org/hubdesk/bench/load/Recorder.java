package org.hubdesk.bench.load;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Every measured response of a run, by phase and action: the budget run (after its warm-up) and
 * each step of the ceiling run. Gatling measures each response; this keeps them apart by phase so
 * that each gets its own percentiles.
 */
final class Recorder {

	/** The responses of one action in one phase. */
	static final class Samples {

		private long[] millis = new long[256];
		private int size;
		private int errors;

		synchronized void add(long responseMillis, boolean ok) {
			if (size == millis.length) {
				millis = Arrays.copyOf(millis, size * 2);
			}
			millis[size++] = responseMillis;
			if (!ok) {
				errors++;
			}
		}

		synchronized Stats stats(double seconds) {
			long[] sorted = Arrays.copyOf(millis, size);
			Arrays.sort(sorted);
			return new Stats(size, errors, percentile(sorted, 50), percentile(sorted, 95), percentile(sorted, 99),
					size == 0 ? 0 : sorted[size - 1], seconds <= 0 ? 0 : size / seconds);
		}

		private static long percentile(long[] sorted, int p) {
			if (sorted.length == 0) {
				return 0;
			}
			int rank = (int) Math.ceil(p / 100.0 * sorted.length);
			return sorted[Math.max(0, rank - 1)];
		}
	}

	/** Percentiles in milliseconds, throughput in responses per second. */
	record Stats(int count, int errors, long p50, long p95, long p99, long max, double throughput) {
	}

	/** One phase: its start and end (ms since the epoch) and its actions. */
	static final class Phase {

		final String name;
		final double rate;
		volatile long start;
		volatile long end;
		final Map<String, Samples> actions = new ConcurrentHashMap<>();

		Phase(String name, double rate) {
			this.name = name;
			this.rate = rate;
		}

		double seconds() {
			return Math.max(0, end - start) / 1000.0;
		}

		Map<String, Stats> stats() {
			Map<String, Stats> out = new TreeMap<>();
			actions.forEach((action, samples) -> out.put(action, samples.stats(seconds())));
			return out;
		}

		Stats total() {
			Samples all = new Samples();
			for (Samples s : actions.values()) {
				synchronized (s) {
					for (int i = 0; i < s.size; i++) {
						all.add(s.millis[i], true);
					}
					all.errors += s.errors;
				}
			}
			return all.stats(seconds());
		}
	}

	private final Map<String, Phase> phases = new LinkedHashMap<>();

	private long stepsStart;

	synchronized Phase phase(String name, double rate, long start, long end) {
		return phases.computeIfAbsent(name, n -> {
			Phase p = new Phase(n, rate);
			p.start = start;
			p.end = end;
			return p;
		});
	}

	/**
	 * Opens the ceiling run's steps, one window each, the first time it is called (when the first
	 * ceiling user arrives); later calls return the same start.
	 */
	synchronized long startSteps(double[] rates, long stepMillis) {
		if (stepsStart == 0) {
			stepsStart = System.currentTimeMillis();
			for (int k = 0; k < rates.length; k++) {
				phase(stepName(k), rates[k], stepsStart + k * stepMillis, stepsStart + (k + 1) * stepMillis);
			}
		}
		return stepsStart;
	}

	static String stepName(int k) {
		return "ceiling-" + (k + 1);
	}

	synchronized Phase get(String name) {
		return phases.get(name);
	}

	synchronized List<Phase> phases() {
		return new ArrayList<>(phases.values());
	}

	/** Adds a response to the phase it ended in, if any (the warm-up belongs to none). */
	void record(String action, long endedAt, long responseMillis, boolean ok) {
		for (Phase phase : phases()) {
			if (endedAt >= phase.start && endedAt < phase.end) {
				phase.actions.computeIfAbsent(action, a -> new Samples()).add(responseMillis, ok);
				return;
			}
		}
	}

}
