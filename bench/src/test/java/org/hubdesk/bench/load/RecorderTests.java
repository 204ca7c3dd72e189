package org.hubdesk.bench.load;

import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class RecorderTests {

	@Test
	void percentilesAreTakenByRankOverTheResponsesOfTheirPhase() {
		Recorder recorder = new Recorder();
		recorder.phase("budget", 0, 1_000, 2_000);
		for (int ms = 1; ms <= 100; ms++) {
			recorder.record("desk", 1_500, ms, true);
		}
		recorder.record("desk", 500, 9_999, true); // in the warm-up: belongs to no phase
		recorder.record("desk", 2_500, 9_999, true); // after the window
		recorder.record("reply", 1_200, 30, false);

		Map<String, Recorder.Stats> stats = recorder.get("budget").stats();
		Recorder.Stats desk = stats.get("desk");
		assertThat(desk.count()).isEqualTo(100);
		assertThat(desk.p50()).isEqualTo(50);
		assertThat(desk.p95()).isEqualTo(95);
		assertThat(desk.p99()).isEqualTo(99);
		assertThat(desk.max()).isEqualTo(100);
		assertThat(desk.throughput()).isEqualTo(100.0);
		assertThat(stats.get("reply").errors()).isEqualTo(1);
		assertThat(recorder.get("budget").total().count()).isEqualTo(101);
		assertThat(recorder.get("budget").total().errors()).isEqualTo(1);
	}

	@Test
	void ceilingStepsOpenOnceAndFollowEachOther() {
		Recorder recorder = new Recorder();
		long start = recorder.startSteps(new double[] { 10, 20 }, 1_000);
		assertThat(recorder.startSteps(new double[] { 10, 20 }, 1_000)).isEqualTo(start);
		recorder.record("search", start + 10, 40, true);
		recorder.record("search", start + 1_010, 80, true);
		assertThat(recorder.get(Recorder.stepName(0)).stats().get("search").p95()).isEqualTo(40);
		assertThat(recorder.get(Recorder.stepName(1)).stats().get("search").p95()).isEqualTo(80);
		assertThat(recorder.get(Recorder.stepName(1)).rate).isEqualTo(20);
	}

	@Test
	void budgetsHoldOnlyWithoutErrorsAndWithinEachLimit() {
		Recorder.Stats fast = new Recorder.Stats(10, 0, 5, 40, 45, 50, 1);
		Recorder.Stats slowSearch = new Recorder.Stats(10, 0, 5, 101, 120, 130, 1);
		Recorder.Stats failed = new Recorder.Stats(10, 1, 5, 10, 10, 10, 1);
		assertThat(Budgets.held(Map.of(Budgets.DESK, fast, Budgets.SEARCH, fast))).isTrue();
		assertThat(Budgets.held(Map.of(Budgets.SEARCH, slowSearch))).isFalse();
		assertThat(Budgets.held(Map.of(Budgets.SUBMIT, slowSearch))).isTrue();
		assertThat(Budgets.held(Map.of(Budgets.SUBMIT, failed))).isFalse();
	}

}
