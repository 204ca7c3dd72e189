package org.hubdesk.bench.load;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

class ClosedTests {

	@Test
	void eachActionIsMeasuredInItsOwnWindowOnly() {
		Recorder recorder = new Recorder();
		recorder.phase(Budgets.DESK, 0, 10_000, 12_000);
		recorder.phase(Budgets.REQUEST_PAGE, 0, 20_000, 22_000);
		for (int ms = 1; ms <= 20; ms++) {
			recorder.record(Budgets.DESK, 10_000 + ms * 50, ms, true);
		}
		recorder.record(Budgets.DESK, 9_000, 900, true); // in the desk's warm-up
		recorder.record(Budgets.DESK, 15_000, 900, true); // after its window, before the next action's
		recorder.record(Budgets.REQUEST_PAGE, 21_000, 7, false);

		ClosedFigures figures = ClosedLoad.figures(recorder, "hubdesk.jar (abc1234)");

		assertThat(figures.actions()).containsOnlyKeys(Budgets.DESK, Budgets.REQUEST_PAGE);
		Recorder.Stats desk = figures.actions().get(Budgets.DESK);
		assertThat(desk.count()).isEqualTo(20);
		assertThat(desk.throughput()).isEqualTo(10.0);
		assertThat(desk.p50()).isEqualTo(10);
		assertThat(desk.p95()).isEqualTo(19);
		assertThat(figures.actions().get(Budgets.REQUEST_PAGE).errors()).isEqualTo(1);
		assertThat(figures.actions().get(Budgets.REQUEST_PAGE).throughput()).isEqualTo(0.5);
	}

	@Test
	void anActionWhoseWindowStayedEmptyCountsAsNothingDone() {
		Recorder recorder = new Recorder();
		recorder.phase(Budgets.SEARCH, 0, 1_000, 2_000);
		assertThat(ClosedLoad.figures(recorder, "x").actions().get(Budgets.SEARCH).count()).isZero();
	}

	@Test
	void aBaselinePassIsKeptAndReadBackWithEveryFigure(@TempDir Path dir) {
		Map<String, Recorder.Stats> actions = new LinkedHashMap<>();
		actions.put(Budgets.DESK, new Recorder.Stats(1200, 1, 120, 300, 410, 520, 20.25));
		actions.put(Budgets.REQUEST_PAGE, new Recorder.Stats(3000, 0, 40, 90, 130, 200, 50.0));
		ClosedFigures saved = new ClosedFigures("baseline-4ff0e52.jar (commit 4ff0e52)", actions);

		saved.save(dir.resolve("baseline.properties"));
		ClosedFigures read = ClosedFigures.load(dir.resolve("baseline.properties"));

		assertThat(read).isEqualTo(saved);
	}

	@Test
	void theRatioIsAfterOverBeforeAndMeansNothingAgainstZero() {
		Recorder.Stats before = new Recorder.Stats(600, 0, 300, 600, 700, 800, 20.0);
		Recorder.Stats after = new Recorder.Stats(1500, 0, 110, 250, 300, 400, 50.0);
		assertThat(ClosedFigures.ratio(after, before)).isEqualTo(2.5);
		assertThat(ClosedFigures.ratio(before, after)).isEqualTo(0.4);
		assertThat(ClosedFigures.ratio(after, new Recorder.Stats(0, 0, 0, 0, 0, 0, 0))).isNaN();
		assertThat(ClosedFigures.ratio(after, null)).isNaN();
	}

	@Test
	void theComparisonPutsBothPassesAndTheirRatioOnOneLinePerAction() {
		ClosedFigures before = new ClosedFigures("before", Map.of(Budgets.DESK,
				new Recorder.Stats(600, 0, 300, 600, 700, 800, 20.0), Budgets.SEARCH,
				new Recorder.Stats(0, 0, 0, 0, 0, 0, 0)));
		ClosedFigures after = new ClosedFigures("after", Map.of(Budgets.DESK,
				new Recorder.Stats(1290, 2, 110, 250, 300, 400, 43.0), Budgets.SEARCH,
				new Recorder.Stats(300, 0, 50, 80, 90, 95, 10.0)));

		String table = ClosedReport.table(before, after);

		assertThat(table).contains("| desk | 20.0 | 300 ms | 600 ms | 43.0 | 110 ms | 250 ms | 0 / 2 | 2.15× |");
		assertThat(table).contains("| search | 0.0 | 0 ms | 0 ms | 10.0 | 50 ms | 80 ms | 0 / 0 | – |");
		assertThat(table).doesNotContain("request page");
	}

}
