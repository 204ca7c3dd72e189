package org.hubdesk.bench.load;

import java.util.Map;

/** The response-time budgets (p95, milliseconds) on the reference machine; actions without one are reported only. */
final class Budgets {

	static final String DESK = "desk";
	static final String MY_REQUESTS = "my requests";
	static final String REQUEST_PAGE = "request page";
	static final String REPLY = "reply";
	static final String SEARCH = "search";
	static final String REQUEST_FORM = "request form";
	static final String SUBMIT = "submit";
	static final String REVIEW_QUEUE = "review queue";
	static final String REVIEW_PAGE = "review page";
	static final String SCORE = "score saved";
	static final String RANKING = "ranking";

	/** Every action of the mix; a smoke run must exercise each. */
	static final String[] ACTIONS = { DESK, MY_REQUESTS, REQUEST_PAGE, SEARCH, REPLY, REQUEST_FORM, SUBMIT, REVIEW_QUEUE,
			REVIEW_PAGE, SCORE, RANKING };

	static final Map<String, Long> P95 = Map.of(DESK, 50L, MY_REQUESTS, 50L, REQUEST_PAGE, 50L, REPLY, 50L, SEARCH, 100L,
			REVIEW_QUEUE, 50L, REVIEW_PAGE, 50L, SCORE, 50L, RANKING, 50L);

	private Budgets() {
	}

	/** Whether a phase's figures hold every budget: no errors and each budgeted p95 within its limit. */
	static boolean held(Map<String, Recorder.Stats> actions) {
		for (Map.Entry<String, Recorder.Stats> e : actions.entrySet()) {
			if (e.getValue().errors() > 0) {
				return false;
			}
			Long budget = P95.get(e.getKey());
			if (budget != null && e.getValue().p95() > budget) {
				return false;
			}
		}
		return true;
	}

}
