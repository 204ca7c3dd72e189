package org.hubdesk.bench.load;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * Writes a closed-loop run's figures next to the other runs' ({@code <date>-scale-<scale>-closed.md}
 * and {@code .json}): per action requests/s, p50, p95 and errors, for the jar under test and, when
 * one was run first, the baseline jar with the ratio of their throughputs.
 */
final class ClosedReport {

	private final Settings settings;
	private final ClosedSettings closed;
	private final ClosedFigures before;
	private final ClosedFigures after;
	private final LocalDateTime now = LocalDateTime.now();

	ClosedReport(Settings settings, ClosedSettings closed, ClosedFigures before, ClosedFigures after) {
		this.settings = settings;
		this.closed = closed;
		this.before = before;
		this.after = after;
	}

	void write() {
		String dataset = Report.read(settings.dataset()).strip();
		String scale = Report.find(dataset, "\"scale\":\\s*([0-9.]+)", "unknown");
		String name = now.format(DateTimeFormatter.ofPattern("yyyy-MM-dd-HHmm")) + "-scale-" + scale + "-closed";
		Path dir = Path.of(settings.out());
		try {
			Files.createDirectories(dir);
			Files.writeString(dir.resolve(name + ".md"), markdown(dataset));
			Files.writeString(dir.resolve(name + ".json"), json(dataset));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		System.out.println(table(before, after));
		System.out.println("Bench results: " + dir.resolve(name + ".md").toAbsolutePath());
	}

	private String markdown(String dataset) {
		StringBuilder md = new StringBuilder();
		md.append("# Hubdesk closed-loop run, ").append(now.format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")))
			.append("\n\n");
		md.append("- **Machine**: ").append(Machine.describe()).append('\n');
		md.append("- **Application**: each jar started afresh with `-Xmx512m` on ").append(settings.database())
			.append('\n');
		if (before != null) {
			md.append("- **Before**: ").append(before.jar()).append('\n');
		}
		md.append("- **").append(before != null ? "After" : "Jar").append("**: ").append(after.jar()).append('\n');
		md.append("- **Data**: ").append(Report.dataSummary(dataset)).append("; database ")
			.append(settings.databaseSize()).append(", search index ").append(settings.indexSize()).append("\n\n");
		md.append(closed.clients()).append(" signed-in staff clients, no think time, each repeating one action; per action ")
			.append(closed.jitWarmup()).append(" s JIT warm-up, ").append(closed.warmup()).append(" s warm-up, then ")
			.append(closed.measured()).append(" s measured.\n\n");
		md.append(table(before, after));
		return md.toString();
	}

	/** The table of one pass, or of two side by side with the ratio of their throughputs. */
	static String table(ClosedFigures before, ClosedFigures after) {
		StringBuilder md = new StringBuilder();
		if (before == null) {
			md.append("| Action | Requests/s | p50 | p95 | p99 | Requests | Errors |\n");
			md.append("|---|---:|---:|---:|---:|---:|---:|\n");
			for (String action : ClosedFigures.ACTIONS) {
				Recorder.Stats s = after.actions().get(action);
				if (s != null) {
					md.append("| ").append(action).append(" | ").append(Report.num(s.throughput())).append(" | ")
						.append(s.p50()).append(" ms | ").append(s.p95()).append(" ms | ").append(s.p99())
						.append(" ms | ").append(s.count()).append(" | ").append(s.errors()).append(" |\n");
				}
			}
			return md.toString();
		}
		md.append("| Action | Before req/s | Before p50 | Before p95 | After req/s | After p50 | After p95 | Errors before/after | Throughput after/before |\n");
		md.append("|---|---:|---:|---:|---:|---:|---:|---:|---:|\n");
		for (String action : ClosedFigures.ACTIONS) {
			Recorder.Stats b = before.actions().get(action);
			Recorder.Stats a = after.actions().get(action);
			if (a == null && b == null) {
				continue;
			}
			md.append("| ").append(action).append(" | ").append(rate(b)).append(" | ").append(ms(b, b == null ? 0 : b.p50()))
				.append(" | ").append(ms(b, b == null ? 0 : b.p95())).append(" | ").append(rate(a)).append(" | ")
				.append(ms(a, a == null ? 0 : a.p50())).append(" | ").append(ms(a, a == null ? 0 : a.p95()))
				.append(" | ").append(b == null ? "–" : b.errors()).append(" / ").append(a == null ? "–" : a.errors())
				.append(" | ").append(times(ClosedFigures.ratio(a, b))).append(" |\n");
		}
		return md.toString();
	}

	private String json(String dataset) {
		StringBuilder j = new StringBuilder("{\n");
		j.append("  \"date\": ").append(Json.str(now.toString())).append(",\n");
		j.append("  \"mode\": \"closed\",\n");
		j.append("  \"machine\": ").append(Json.machine()).append(",\n");
		j.append("  \"application\": {\"heap\": \"-Xmx512m\", \"database\": ").append(Json.str(settings.database()))
			.append("},\n");
		j.append("  \"data\": {\"generated\": ").append(dataset.isEmpty() ? "null" : dataset)
			.append(", \"databaseSize\": ").append(Json.str(settings.databaseSize())).append(", \"indexSize\": ")
			.append(Json.str(settings.indexSize())).append("},\n");
		j.append("  \"closedRun\": {\"clients\": ").append(closed.clients()).append(", \"thinkTimeSeconds\": 0")
			.append(", \"jitWarmupSeconds\": ").append(closed.jitWarmup()).append(", \"warmupSeconds\": ")
			.append(closed.warmup()).append(", \"measuredSeconds\": ").append(closed.measured()).append(",\n");
		j.append("    \"before\": ").append(pass(before)).append(",\n");
		j.append("    \"after\": ").append(pass(after)).append(",\n");
		j.append("    \"throughputAfterOverBefore\": ");
		if (before == null) {
			j.append("null");
		}
		else {
			j.append('{');
			String sep = "";
			for (String action : ClosedFigures.ACTIONS) {
				double ratio = ClosedFigures.ratio(after.actions().get(action), before.actions().get(action));
				j.append(sep).append(Json.str(action)).append(": ")
					.append(Double.isNaN(ratio) ? "null" : String.format(Locale.ROOT, "%.2f", ratio));
				sep = ", ";
			}
			j.append('}');
		}
		j.append("}\n}\n");
		return j.toString();
	}

	private static String pass(ClosedFigures figures) {
		return figures == null ? "null"
				: "{\"jar\": " + Json.str(figures.jar()) + ", \"actions\": " + Json.actions(figures.actions()) + "}";
	}

	private static String rate(Recorder.Stats s) {
		return s == null ? "–" : Report.num(s.throughput());
	}

	private static String ms(Recorder.Stats s, long millis) {
		return s == null ? "–" : millis + " ms";
	}

	static String times(double ratio) {
		return Double.isNaN(ratio) ? "–" : String.format(Locale.ROOT, "%.2f×", ratio);
	}

}
