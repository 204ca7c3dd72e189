package org.hubdesk.bench.load;

import java.util.List;
import java.util.Map;

/** The JSON form of a run's report (written by hand: a handful of numbers needs no library). */
final class Json {

	private Json() {
	}

	static String report(Report report, Recorder.Phase budget, List<Recorder.Phase> steps, Recorder.Phase best,
			String dataset, GcLog.Figures budgetGc, GcLog.Figures ceilingGc) {
		Settings settings = report.settings();
		StringBuilder j = new StringBuilder("{\n");
		j.append("  \"date\": ").append(str(report.now().toString())).append(",\n");
		j.append("  \"mode\": ").append(str(settings.smoke() ? "smoke" : "full")).append(",\n");
		j.append("  \"machine\": ").append(machine()).append(",\n");
		j.append("  \"application\": {\"heap\": \"-Xmx512m\", \"database\": ").append(str(settings.database()))
			.append("},\n");
		j.append("  \"data\": {\"generated\": ").append(dataset.isEmpty() ? "null" : dataset)
			.append(", \"databaseSize\": ").append(str(settings.databaseSize())).append(", \"indexSize\": ")
			.append(str(settings.indexSize())).append("},\n");
		j.append("  \"budgetsP95Millis\": {");
		String sep = "";
		for (Map.Entry<String, Long> e : Budgets.P95.entrySet()) {
			j.append(sep).append(str(e.getKey())).append(": ").append(e.getValue());
			sep = ", ";
		}
		j.append("},\n");
		j.append("  \"budgetRun\": {\"staffUsers\": ").append(settings.staffUsers()).append(", \"requesterUsers\": ")
			.append(settings.requesterUsers()).append(", \"memberUsers\": ").append(settings.memberUsers())
			.append(", \"thinkTimeSeconds\": [1, 3], \"warmupSeconds\": ")
			.append(settings.warmup()).append(", \"measuredSeconds\": ").append(settings.measured())
			.append(", \"held\": ").append(Budgets.held(budget.stats())).append(",\n    \"actions\": ")
			.append(actions(budget.stats())).append(",\n    \"total\": ").append(stats(budget.total()))
			.append(",\n    \"gc\": ").append(gc(budgetGc)).append("},\n");
		j.append("  \"ceilingRun\": {\"stepSeconds\": ").append(settings.step()).append(", \"stoppedBecause\": ")
			.append(str(report.ceilingNote())).append(", \"ceilingThroughput\": ")
			.append(best == null ? "null" : Report.num(best.total().throughput())).append(", \"ceilingArrivalRate\": ")
			.append(best == null ? "null" : Report.num(best.rate)).append(", \"gc\": ").append(gc(ceilingGc))
			.append(",\n    \"steps\": [");
		sep = "\n";
		for (Recorder.Phase step : steps) {
			j.append(sep).append("      {\"arrivalRate\": ").append(Report.num(step.rate)).append(", \"held\": ")
				.append(Budgets.held(step.stats())).append(", \"total\": ").append(stats(step.total()))
				.append(", \"actions\": ").append(actions(step.stats())).append('}');
			sep = ",\n";
		}
		j.append("\n    ]}\n}\n");
		return j.toString();
	}

	/** The machine, as one JSON object. */
	static String machine() {
		return "{\"cpu\": " + str(Machine.cpu()) + ", \"cores\": " + Machine.cores() + ", \"memoryGiB\": "
				+ Report.num(Machine.memoryGib()) + ", \"os\": " + str(Machine.os()) + ", \"java\": "
				+ str(Machine.java()) + "}";
	}

	static String actions(Map<String, Recorder.Stats> actions) {
		StringBuilder j = new StringBuilder("{");
		String sep = "";
		for (Map.Entry<String, Recorder.Stats> e : actions.entrySet()) {
			j.append(sep).append(str(e.getKey())).append(": ").append(stats(e.getValue()));
			sep = ", ";
		}
		return j.append('}').toString();
	}

	static String stats(Recorder.Stats s) {
		return "{\"count\": " + s.count() + ", \"errors\": " + s.errors() + ", \"p50\": " + s.p50() + ", \"p95\": "
				+ s.p95() + ", \"p99\": " + s.p99() + ", \"max\": " + s.max() + ", \"throughput\": "
				+ Report.num(s.throughput()) + "}";
	}

	private static String gc(GcLog.Figures gc) {
		return "{\"peakHeapAfterGcMB\": " + gc.peakAfterGcMb() + ", \"committedHeapMB\": " + gc.heapMb()
				+ ", \"pauses\": " + gc.pauses() + ", \"pauseMillis\": " + Report.num(gc.pauseMillis()) + "}";
	}

	static String str(String value) {
		StringBuilder out = new StringBuilder("\"");
		for (char c : value.toCharArray()) {
			switch (c) {
				case '"' -> out.append("\\\"");
				case '\\' -> out.append("\\\\");
				case '\n' -> out.append("\\n");
				default -> {
					if (c < 0x20) {
						out.append(String.format("\\u%04x", (int) c));
					}
					else {
						out.append(c);
					}
				}
			}
		}
		return out.append('"').toString();
	}

}
