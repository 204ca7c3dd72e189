package org.hubdesk.bench.load;

import static io.gatling.javaapi.core.CoreDsl.css;
import static io.gatling.javaapi.core.CoreDsl.doIf;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.percent;
import static io.gatling.javaapi.core.CoreDsl.randomSwitch;
import static io.gatling.javaapi.core.CoreDsl.regex;
import static io.gatling.javaapi.core.CoreDsl.responseTimeInMillis;
import static io.gatling.javaapi.http.HttpDsl.header;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.CheckBuilder;
import io.gatling.javaapi.core.Session;
import io.gatling.javaapi.http.HttpRequestActionBuilder;

/**
 * What signed-in people do, as Gatling chains: staff work the desk with filters and paging, open
 * requests, search and reply (a fifth of it internal notes); requesters follow their own requests,
 * open them, search, answer and submit new ones; committee members go through their review queue,
 * open a request's review and save their scores, and read the ranking. Every response is timed into
 * the {@link Recorder}.
 */
final class Mix {

	static final String HUB = "content-partnerships";

	private static final String BASE = "/hubs/" + HUB;

	private static final List<String> DESK_FILTERS = List.of("", "", "?view=mine", "?view=unassigned",
			"?view=waiting", "?state=TRIAGE", "?state=IN_PROGRESS&state=ACCEPTED", "?region=NWE", "?region=SSA",
			"?platform=WIKIDATA", "?sort=submitted", "?sort=number&desc=false", "?page=1", "?page=3", "?assignee=none");

	private static final List<String> TERMS = List.of("photographs", "fotografier", "kartorna", "maps", "metadata",
			"Wikidata", "rights", "rättighetsfrågor", "Pattypan", "Goteborg", "Göteborg", "museum", "stadsarkivet",
			"batch upload", "herbarium", "brev", "posters", "licence", "Kraków", "curator");

	private final Recorder recorder;
	private final int maxNumber;
	private final List<Long> needs;

	Mix(Recorder recorder, int maxNumber, List<Long> needs) {
		this.recorder = recorder;
		this.maxNumber = maxNumber;
		this.needs = needs;
	}

	/** One action of staff's mix, chosen by weight. */
	ChainBuilder staffAction() {
		return randomSwitch().on(percent(40).then(desk()), percent(25).then(anyRequest()), percent(20).then(search()),
				percent(15).then(staffReply()));
	}

	/** One action of a requester's mix, chosen by weight. */
	ChainBuilder requesterAction() {
		return randomSwitch().on(percent(30).then(myRequests()), percent(30).then(ownRequest()),
				percent(15).then(search()), percent(15).then(requesterReply()), percent(10).then(submit()));
	}

	/** Every action of staff's mix once, each followed by the think time: the first thing each user does. */
	ChainBuilder staffTour() {
		return exec(desk()).pause(1, 3).exec(anyRequest()).pause(1, 3).exec(search()).pause(1, 3)
			.exec(staffReply()).pause(1, 3);
	}

	/** Every action of a requester's mix once, each followed by the think time. */
	ChainBuilder requesterTour() {
		return exec(myRequests()).pause(1, 3).exec(ownRequest()).pause(1, 3).exec(search()).pause(1, 3)
			.exec(requesterReply()).pause(1, 3).exec(submit()).pause(1, 3);
	}

	/** One action of a committee member's mix, chosen by weight. */
	ChainBuilder memberAction() {
		return randomSwitch().on(percent(35).then(reviewQueue()), percent(40).then(reviewAndScore()),
				percent(25).then(ranking()));
	}

	/** Every action of a member's mix once, each followed by the think time. */
	ChainBuilder memberTour() {
		return exec(reviewQueue()).pause(1, 3).exec(reviewAndScore()).pause(1, 3).exec(ranking()).pause(1, 3);
	}

	/** A page of the member's review queue (most often the first), its requests kept for the review. */
	ChainBuilder reviewQueue() {
		return exec(s -> s.set("queuePage", ThreadLocalRandom.current().nextInt(4) == 0
				? 1 + ThreadLocalRandom.current().nextInt(5) : 0))
			.exec(timed(Budgets.REVIEW_QUEUE, http(Budgets.REVIEW_QUEUE).get(BASE + "/committee/queue?page=#{queuePage}"),
					regex(BASE + "/committee/requests/(\\d+)\"").findAll().optional().saveAs("agenda")));
	}

	/**
	 * A request of the queue opened for review and, where the member may score it, every criterion
	 * scored (a gate answered yes, the others 2 to 5) with the review's version as the page gave it.
	 */
	ChainBuilder reviewAndScore() {
		return doIf(s -> !s.contains("agenda")).then(reviewQueue())
			.doIf(s -> s.contains("agenda")).then(exec(s -> s.set("n", pick(s.getList("agenda"))))
				.exec(timed(Budgets.REVIEW_PAGE, http(Budgets.REVIEW_PAGE).get(BASE + "/committee/requests/#{n}"),
						css("form[action$='/review'] input[name='_csrf']", "value").optional().saveAs("csrf"),
						css("form[action$='/review'] input[name='version']", "value").optional().saveAs("version"),
						regex("<select[^>]*name=\"score\\[(\\d+)\\]\"[^>]*>\\s*<option[^>]*>[^<]*</option>\\s*"
								+ "<option[^>]*>[^<]*</option>\\s*<option value=\"(\\d)\"")
							.captureGroups(2).findAll().optional().saveAs("criteria")))
				.doIf(s -> s.contains("csrf") && s.contains("criteria")).then(exec(timed(Budgets.SCORE,
						scores(http(Budgets.SCORE).post(BASE + "/committee/requests/#{n}/review")
							.formParam("_csrf", "#{csrf}")
							.formParam("version", s -> s.contains("version") ? s.getString("version") : "")),
						status().is(302))))
				.exec(s -> s.remove("csrf").remove("version").remove("criteria")));
	}

	/**
	 * The form's scores: for each criterion the page offered, yes (1) to a gate (whose second choice is
	 * 0, no), else 2 to 5.
	 */
	private static HttpRequestActionBuilder scores(HttpRequestActionBuilder post) {
		return post.formParamMap(s -> {
			java.util.Map<String, Object> params = new java.util.HashMap<>();
			for (List<String> criterion : s.<List<String>>getList("criteria")) {
				boolean gate = criterion.get(1).equals("0");
				params.put("score[" + criterion.get(0) + "]",
						gate ? "1" : String.valueOf(2 + ThreadLocalRandom.current().nextInt(4)));
			}
			return params;
		});
	}

	/** A page of the priority ranking as the member sees it (the rows of the requests they have scored). */
	ChainBuilder ranking() {
		return exec(timed(Budgets.RANKING, http(Budgets.RANKING).get(BASE + "/committee/ranking"), css("main").exists()));
	}

	ChainBuilder desk() {
		return exec(s -> s.set("filter", pick(DESK_FILTERS)).set("need", needs.isEmpty() ? "" : "?need=" + pick(needs)))
			.exec(timed(Budgets.DESK, http(Budgets.DESK).get(s -> BASE + "/desk"
					+ (ThreadLocalRandom.current().nextInt(10) == 0 ? s.getString("need") : s.getString("filter"))),
				css("main").exists()));
	}

	ChainBuilder anyRequest() {
		return exec(s -> s.set("n", 1 + ThreadLocalRandom.current().nextInt(maxNumber)))
			.exec(timed(Budgets.REQUEST_PAGE, http(Budgets.REQUEST_PAGE).get(BASE + "/requests/#{n}")));
	}

	ChainBuilder search() {
		return exec(s -> s.set("q", ThreadLocalRandom.current().nextInt(8) == 0
				? "CP-" + (1 + ThreadLocalRandom.current().nextInt(maxNumber)) : pick(TERMS)))
			.exec(timed(Budgets.SEARCH, http(Budgets.SEARCH).get(BASE + "/search").queryParam("q", "#{q}")));
	}

	/** Opens one of the newest requests (the open ones) and, when it takes replies, answers or notes. */
	ChainBuilder staffReply() {
		int newest = Math.max(1, maxNumber / 8);
		return exec(s -> s.set("n", maxNumber - ThreadLocalRandom.current().nextInt(newest))
			.set("visibility", ThreadLocalRandom.current().nextInt(5) == 0 ? "internal" : "public"))
			.exec(openForReply())
			.exec(reply());
	}

	ChainBuilder myRequests() {
		return exec(timed(Budgets.MY_REQUESTS, http(Budgets.MY_REQUESTS).get(BASE + "/requests"),
				regex(BASE + "/requests/(\\d+)\"").findAll().optional().saveAs("mine")));
	}

	ChainBuilder ownRequest() {
		return onOwnRequest(exec(timed(Budgets.REQUEST_PAGE, http(Budgets.REQUEST_PAGE).get(BASE + "/requests/#{n}"))));
	}

	ChainBuilder requesterReply() {
		return onOwnRequest(exec(s -> s.set("visibility", "public")).exec(openForReply()).exec(reply()));
	}

	/** Picks one of the requester's own requests as {@code n} (their list first, if not seen yet), then does the rest. */
	private ChainBuilder onOwnRequest(ChainBuilder then) {
		return doIf(s -> !s.contains("mine")).then(myRequests())
			.doIf(s -> s.contains("mine")).then(exec(s -> s.set("n", pick(s.getList("mine")))).exec(then));
	}

	/** The new-request form, then the request submitted with the kinds of help it offers. */
	ChainBuilder submit() {
		return exec(timed(Budgets.REQUEST_FORM, http(Budgets.REQUEST_FORM).get(BASE + "/requests/new"),
				css("input[name='_csrf']", "value").saveAs("csrf"),
				css("input[name='needIds']", "value").findAll().saveAs("needIds")))
			.doIf(s -> s.contains("csrf")).then(exec(s -> s.set("needId", pick(s.getList("needIds"))))
				.exec(timed(Budgets.SUBMIT, http(Budgets.SUBMIT).post(BASE + "/requests/new")
					.formParam("_csrf", "#{csrf}")
					.formParam("title", "Upload of photographs from the regional museum in Umeå")
					.formParam("needIds", "#{needId}")
					.formParam("platforms", "COMMONS")
					.formParam("rightsStatus", "CLEARED")
					.formParam("usefulnessPlan", "The photographs illustrate articles about the towns of Västerbotten.")
					.formParam("description", "About 800 photographs from 1900 to 1950, with dates and places.")
					.formParam("language", "sv")
					.formParam("action", "submit")
					.asMultipartForm(),
					status().is(302), header("Location").find().transform(l -> l.contains("/requests/")).is(true)))
				.exec(s -> s.remove("csrf")));
	}

	private ChainBuilder openForReply() {
		return exec(timed(Budgets.REQUEST_PAGE, http(Budgets.REQUEST_PAGE).get(BASE + "/requests/#{n}"),
				css("form[action$='/messages'] input[name='_csrf']", "value").optional().saveAs("csrf"),
				css("#reply-version", "value").optional().saveAs("version")));
	}

	/**
	 * Posts the reply when the page offered a form (requests that are closed or withdrawn take none).
	 * When someone else changed the request in between, staff get the page back with a notice and
	 * their text kept; they send it again, as a person would.
	 */
	private ChainBuilder reply() {
		return doIf(s -> s.contains("csrf")).then(exec(postReply(true))
			.doIf(s -> s.contains("replyStatus") && s.getInt("replyStatus") == 200).then(exec(postReply(false)))
			.exec(s -> s.remove("csrf").remove("version").remove("replyStatus")));
	}

	private ChainBuilder postReply(boolean mayConflict) {
		HttpRequestActionBuilder post = http(Budgets.REPLY).post(BASE + "/requests/#{n}/messages")
			.formParam("_csrf", "#{csrf}")
			.formParam("version", s -> s.contains("version") ? s.getString("version") : "")
			.formParam("visibility", "#{visibility}")
			.formParam("body", "Thank you, the first batch of files is now on Commons; we will check the categories.");
		if (!mayConflict) {
			return timed(Budgets.REPLY, post, status().is(302));
		}
		return timed(Budgets.REPLY, post.checkIf((response, session) -> response.status().code() == 200)
			.then(css(".cdx-message--warning[role='alert']").exists(), css("#reply-version", "value").saveAs("version")),
				status().saveAs("replyStatus"));
	}

	/** The request with its response time taken first, then its success noted in the recorder. */
	private ChainBuilder timed(String action, HttpRequestActionBuilder request, CheckBuilder... checks) {
		HttpRequestActionBuilder checked = request.check(responseTimeInMillis().saveAs("rt"))
			.check(status().in(200, 302))
			.check(checks);
		return exec(checked).exec(s -> note(action, s));
	}

	private Session note(String action, Session session) {
		boolean ok = !session.isFailed() && session.contains("rt");
		recorder.record(action, System.currentTimeMillis(), session.contains("rt") ? session.getInt("rt") : 0, ok);
		return session.remove("rt").markAsSucceeded();
	}

	private static <T> T pick(List<T> list) {
		return list.get(ThreadLocalRandom.current().nextInt(list.size()));
	}

}
