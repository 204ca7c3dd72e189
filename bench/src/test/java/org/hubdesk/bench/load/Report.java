package org.hubdesk.bench.load;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Writes a run's figures to {@code bench/results}: one JSON and one Markdown file, named by date
 * and scale, per run and action p50, p95, p99, throughput and errors, with the data size, the heap
 * after GC at its peak, GC time and the machine; and adds a line to the history in bench/README.md.
 */
final class Report {

	private final Settings settings;
	private final Recorder recorder;
	private final String ceilingNote;
	private final LocalDateTime now = LocalDateTime.now();

	Report(Settings settings, Recorder recorder, String ceilingNote) {
		this.settings = settings;
		this.recorder = recorder;
		this.ceilingNote = ceilingNote;
	}

	void write() {
		Recorder.Phase budget = recorder.get("budget");
		// the steps up to the first that missed a budget (after it, only stragglers of the stopped run)
		List<Recorder.Phase> steps = new ArrayList<>();
		Recorder.Phase best = null;
		for (Recorder.Phase step : recorder.phases()) {
			if (!step.name.startsWith("ceiling-") || step.actions.isEmpty()) {
				continue;
			}
			steps.add(step);
			if (!Budgets.held(step.stats())) {
				break;
			}
			if (best == null || step.total().throughput() > best.total().throughput()) {
				best = step;
			}
		}
		String dataset = read(settings.dataset()).strip();
		String scale = find(dataset, "\"scale\":\\s*([0-9.]+)", "unknown");
		GcLog.Figures budgetGc = GcLog.within(settings.gcLog(), budget.start, budget.end);
		long ceilingFrom = steps.isEmpty() ? 0 : steps.get(0).start;
		long ceilingTo = steps.isEmpty() ? 0 : steps.get(steps.size() - 1).end;
		GcLog.Figures ceilingGc = GcLog.within(settings.gcLog(), ceilingFrom, ceilingTo);
		String stamp = now.format(DateTimeFormatter.ofPattern("yyyy-MM-dd-HHmm"));
		String name = stamp + "-scale-" + scale + (settings.smoke() ? "-smoke" : "");
		Path dir = Path.of(settings.out());
		try {
			Files.createDirectories(dir);
			Files.writeString(dir.resolve(name + ".json"),
					Json.report(this, budget, steps, best, dataset, budgetGc, ceilingGc));
			Files.writeString(dir.resolve(name + ".md"), markdown(budget, steps, best, dataset, budgetGc, ceilingGc));
			String readme = System.getProperty("bench.readme", "");
			if (!settings.smoke() && !readme.isBlank()) {
				history(Path.of(readme), budget, best, scale, name);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		System.out.println("Bench results: " + dir.resolve(name + ".md").toAbsolutePath());
	}

	Settings settings() {
		return settings;
	}

	String ceilingNote() {
		return ceilingNote;
	}

	LocalDateTime now() {
		return now;
	}

	private String markdown(Recorder.Phase budget, List<Recorder.Phase> steps, Recorder.Phase best, String dataset,
			GcLog.Figures budgetGc, GcLog.Figures ceilingGc) {
		StringBuilder md = new StringBuilder();
		md.append("# Hubdesk benchmark, ").append(now.format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")))
			.append(settings.smoke() ? " (smoke run: no timings are judged)" : "").append("\n\n");
		md.append("- **Machine**: ").append(Machine.describe()).append('\n');
		md.append("- **Application**: `hubdesk.jar` with `-Xmx512m` on ").append(settings.database()).append('\n');
		md.append("- **Data**: ").append(dataSummary(dataset)).append("; database ").append(settings.databaseSize())
			.append(", search index ").append(settings.indexSize()).append("\n\n");
		md.append("## Budget run\n\n").append(settings.staffUsers()).append(" staff, ")
			.append(settings.requesterUsers()).append(" requesters and ").append(settings.memberUsers())
			.append(" committee members signed in, each pausing 1–3 s between actions; ")
			.append(settings.warmup()).append(" s warm-up, then ").append(settings.measured()).append(" s measured.\n\n");
		md.append("| Action | Budget p95 | p50 | p95 | p99 | max | Throughput | Requests | Errors | Held |\n");
		md.append("|---|---:|---:|---:|---:|---:|---:|---:|---:|---|\n");
		for (Map.Entry<String, Recorder.Stats> e : budget.stats().entrySet()) {
			row(md, e.getKey(), e.getValue());
		}
		row(md, "all", budget.total());
		md.append("\nGC during the measured window: heap after GC at its peak ").append(budgetGc.peakAfterGcMb())
			.append(" MB (of ").append(budgetGc.heapMb()).append(" MB committed), ").append(budgetGc.pauses())
			.append(" pauses, ").append(String.format(Locale.ROOT, "%.1f", budgetGc.pauseMillis())).append(" ms in all.\n\n");
		md.append("**Budgets ").append(Budgets.held(budget.stats()) ? "held" : "missed").append("** in the budget run.\n\n");
		md.append("## Ceiling run\n\nNo think time; arrivals (each one action of the mix) raised every ")
			.append(settings.step()).append(" s.\n\n");
		md.append("| Step | Arrivals/s | Throughput (req/s) | desk p95 | request page p95 | reply p95 | search p95 | Errors | Held |\n");
		md.append("|---:|---:|---:|---:|---:|---:|---:|---:|---|\n");
		for (Recorder.Phase step : steps) {
			Map<String, Recorder.Stats> s = step.stats();
			md.append("| ").append(step.name.substring("ceiling-".length())).append(" | ").append(num(step.rate))
				.append(" | ").append(num(step.total().throughput())).append(" | ").append(p95(s, Budgets.DESK))
				.append(" | ").append(p95(s, Budgets.REQUEST_PAGE)).append(" | ").append(p95(s, Budgets.REPLY))
				.append(" | ").append(p95(s, Budgets.SEARCH)).append(" | ").append(step.total().errors()).append(" | ")
				.append(Budgets.held(s) ? "yes" : "**no**").append(" |\n");
		}
		md.append("\nGC during the ceiling run: heap after GC at its peak ").append(ceilingGc.peakAfterGcMb())
			.append(" MB, ").append(ceilingGc.pauses()).append(" pauses, ")
			.append(String.format(Locale.ROOT, "%.1f", ceilingGc.pauseMillis())).append(" ms in all.\n\n");
		md.append("**Ceiling**: ").append(best == null ? "no step held every budget"
				: num(best.total().throughput()) + " requests/s (" + num(best.rate) + " arrivals/s) with every budget held")
			.append(ceilingNote.isEmpty() ? "; no step missed a budget, so the ceiling lies above the last step"
					: "; then " + ceilingNote)
			.append(".\n");
		return md.toString();
	}

	private static void row(StringBuilder md, String action, Recorder.Stats s) {
		Long budget = Budgets.P95.get(action);
		md.append("| ").append(action).append(" | ").append(budget == null ? "–" : budget + " ms").append(" | ")
			.append(s.p50()).append(" ms | ").append(s.p95()).append(" ms | ").append(s.p99()).append(" ms | ")
			.append(s.max()).append(" ms | ").append(num(s.throughput())).append("/s | ").append(s.count())
			.append(" | ").append(s.errors()).append(" | ")
			.append(budget == null ? (s.errors() == 0 ? "yes" : "**no**")
					: (s.p95() <= budget && s.errors() == 0 ? "yes" : "**no**"))
			.append(" |\n");
	}

	private static String p95(Map<String, Recorder.Stats> stats, String action) {
		Recorder.Stats s = stats.get(action);
		return s == null ? "–" : s.p95() + " ms";
	}

	static String num(double value) {
		return String.format(Locale.ROOT, "%.1f", value);
	}

	static String dataSummary(String dataset) {
		if (dataset.isEmpty()) {
			return "unknown";
		}
		return "scale " + find(dataset, "\"scale\":\\s*([0-9.]+)", "?") + ", "
				+ find(dataset, "\"help_request\":\\s*(\\d+)", "?") + " requests, "
				+ find(dataset, "\"request_message\":\\s*(\\d+)", "?") + " messages, "
				+ find(dataset, "\"request_timeline\":\\s*(\\d+)", "?") + " timeline entries, "
				+ find(dataset, "\"notification\":\\s*(\\d+)", "?") + " notifications, "
				+ find(dataset, "\"requesters\":\\s*(\\d+)", "?") + " requesters";
	}

	/** Adds this run as the newest line of the history table in bench/README.md. */
	private void history(Path readme, Recorder.Phase budget, Recorder.Phase best, String scale, String name)
			throws IOException {
		if (!Files.exists(readme)) {
			return;
		}
		String text = Files.readString(readme);
		String marker = "<!-- history: newest first -->\n";
		int at = text.indexOf(marker);
		if (at < 0) {
			return;
		}
		Map<String, Recorder.Stats> s = budget.stats();
		String line = "| " + now.format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")) + " | " + scale + " | "
				+ p95(s, Budgets.DESK) + " | " + p95(s, Budgets.REQUEST_PAGE) + " | " + p95(s, Budgets.REPLY) + " | "
				+ p95(s, Budgets.SEARCH) + " | " + budget.total().errors() + " | "
				+ (best == null ? "–" : num(best.total().throughput()) + " req/s") + " | [" + name + "](results/" + name
				+ ".md) |\n";
		// the table's header and separator follow the marker; the newest line goes right under them
		int insert = text.indexOf('\n', text.indexOf('\n', at + marker.length()) + 1) + 1;
		Files.writeString(readme, text.substring(0, insert) + line + text.substring(insert));
	}

	static String find(String text, String regex, String fallback) {
		Matcher m = Pattern.compile(regex).matcher(text);
		return m.find() ? m.group(1) : fallback;
	}

	static String read(String file) {
		try {
			return file == null || file.isBlank() || !Files.exists(Path.of(file)) ? "" : Files.readString(Path.of(file));
		}
		catch (IOException ex) {
			return "";
		}
	}

}
