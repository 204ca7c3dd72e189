package org.hubdesk.bench.load;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;

/**
 * The figures of one closed-loop pass against one jar. The baseline pass keeps them in a small
 * properties file, so that the pass against the jar under test, a separate run, can put both side
 * by side.
 */
record ClosedFigures(String jar, Map<String, Recorder.Stats> actions) {

	/** The closed run's actions, in the order they are run and reported. */
	static final String[] ACTIONS = { Budgets.DESK, Budgets.REQUEST_PAGE, Budgets.SEARCH };

	void save(Path file) {
		Properties p = new Properties();
		p.setProperty("jar", jar);
		actions.forEach((action, s) -> {
			String key = action.replace(' ', '-') + ".";
			p.setProperty(key + "count", Integer.toString(s.count()));
			p.setProperty(key + "errors", Integer.toString(s.errors()));
			p.setProperty(key + "p50", Long.toString(s.p50()));
			p.setProperty(key + "p95", Long.toString(s.p95()));
			p.setProperty(key + "p99", Long.toString(s.p99()));
			p.setProperty(key + "max", Long.toString(s.max()));
			p.setProperty(key + "throughput", Double.toString(s.throughput()));
		});
		try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
			p.store(out, "closed-loop figures");
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	static ClosedFigures load(Path file) {
		Properties p = new Properties();
		try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
			p.load(in);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		Map<String, Recorder.Stats> actions = new LinkedHashMap<>();
		for (String action : ACTIONS) {
			String key = action.replace(' ', '-') + ".";
			if (p.getProperty(key + "count") != null) {
				actions.put(action, new Recorder.Stats(Integer.parseInt(p.getProperty(key + "count")),
						Integer.parseInt(p.getProperty(key + "errors")), Long.parseLong(p.getProperty(key + "p50")),
						Long.parseLong(p.getProperty(key + "p95")), Long.parseLong(p.getProperty(key + "p99")),
						Long.parseLong(p.getProperty(key + "max")),
						Double.parseDouble(p.getProperty(key + "throughput"))));
			}
		}
		return new ClosedFigures(p.getProperty("jar", "unknown"), actions);
	}

	/**
	 * How many times the throughput of {@code after} is that of {@code before}; {@code NaN} when
	 * either is missing or the baseline did nothing (a ratio to zero means nothing).
	 */
	static double ratio(Recorder.Stats after, Recorder.Stats before) {
		if (after == null || before == null || before.throughput() <= 0) {
			return Double.NaN;
		}
		return after.throughput() / before.throughput();
	}

}
