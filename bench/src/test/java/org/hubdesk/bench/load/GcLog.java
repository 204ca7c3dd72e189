package org.hubdesk.bench.load;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the application's GC log ({@code -Xlog:gc:file=…:time}) for a time window: the largest
 * heap left after a collection (the live set at its peak) and the time spent in pauses.
 */
final class GcLog {

	/** {@code [2026-11-21T10:00:01.234+0000][info][gc] GC(7) Pause Young (Normal) (G1 Evacuation Pause) 120M->31M(256M) 4.321ms} */
	private static final Pattern PAUSE = Pattern.compile(
			"^\\[([^\\]]+)\\].*GC\\(\\d+\\) Pause .*?(\\d+)([KMG])->(\\d+)([KMG])\\((\\d+)([KMG])\\) ([0-9.]+)ms");

	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSZ");

	/** Megabytes after collection at the peak, the heap's committed size then, pauses and their total in ms. */
	record Figures(long peakAfterGcMb, long heapMb, int pauses, double pauseMillis) {

		static final Figures NONE = new Figures(0, 0, 0, 0);
	}

	private GcLog() {
	}

	static Figures within(String file, long from, long to) {
		if (file == null || file.isBlank() || !Files.exists(Path.of(file))) {
			return Figures.NONE;
		}
		List<String> lines;
		try {
			lines = Files.readAllLines(Path.of(file));
		}
		catch (IOException ex) {
			return Figures.NONE;
		}
		long peak = 0;
		long heap = 0;
		int pauses = 0;
		double millis = 0;
		for (String line : lines) {
			Matcher m = PAUSE.matcher(line);
			if (!m.find()) {
				continue;
			}
			long at = OffsetDateTime.parse(m.group(1), TIME).toInstant().toEpochMilli();
			if (at < from || at >= to) {
				continue;
			}
			long after = mb(m.group(4), m.group(5));
			if (after > peak) {
				peak = after;
				heap = mb(m.group(6), m.group(7));
			}
			pauses++;
			millis += Double.parseDouble(m.group(8));
		}
		return new Figures(peak, heap, pauses, millis);
	}

	private static long mb(String value, String unit) {
		long v = Long.parseLong(value);
		return switch (unit) {
			case "K" -> v / 1024;
			case "G" -> v * 1024;
			default -> v;
		};
	}

}
