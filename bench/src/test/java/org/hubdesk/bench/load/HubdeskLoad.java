package org.hubdesk.bench.load;

import static io.gatling.javaapi.core.CoreDsl.atOnceUsers;
import static io.gatling.javaapi.core.CoreDsl.constantUsersPerSec;
import static io.gatling.javaapi.core.CoreDsl.details;
import static io.gatling.javaapi.core.CoreDsl.doSwitch;
import static io.gatling.javaapi.core.CoreDsl.global;
import static io.gatling.javaapi.core.CoreDsl.onCase;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.Cookie;
import static io.gatling.javaapi.http.HttpDsl.addCookie;
import static io.gatling.javaapi.http.HttpDsl.http;

import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import io.gatling.javaapi.core.Assertion;
import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.OpenInjectionStep;
import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Simulation;

/**
 * The load test: first the budget run (a fixed crowd of signed-in staff, requesters and committee members, each
 * pausing one to three seconds between actions; a warm-up, then the measured window), then the
 * ceiling run (no think time, arrivals raised step by step until a step misses a budget). The
 * figures are written by {@link Report}.
 */
public class HubdeskLoad extends Simulation {

	private final Settings settings = Settings.read();
	private final Recorder recorder = new Recorder();
	private final Mix mix = new Mix(recorder, settings.maxNumber(), settings.needs());
	private final List<Map<String, Object>> sessions = new ArrayList<>();
	private volatile boolean ceilingReached;
	private int stepsJudged;
	private String ceilingNote = "";

	{
		String host = URI.create(settings.base()).getHost();
		ChainBuilder signedIn = io.gatling.javaapi.core.CoreDsl
			.exec(addCookie(Cookie("JSESSIONID", "#{sid}").withDomain(host).withPath("/")));
		ChainBuilder action = doSwitch("#{role}").on(onCase("staff").then(mix.staffAction()),
				onCase("requester").then(mix.requesterAction()), onCase("member").then(mix.memberAction()));

		ChainBuilder tour = doSwitch("#{role}").on(onCase("staff").then(mix.staffTour()),
				onCase("requester").then(mix.requesterTour()), onCase("member").then(mix.memberTour()));

		// each user first does every action of its mix once (within the warm-up), then picks by weight
		ScenarioBuilder budget = scenario("budget").feed(inTurn()).exec(signedIn).exec(tour)
			.during(Duration.ofSeconds(settings.warmup() + settings.measured()))
			.on(io.gatling.javaapi.core.CoreDsl.exec(action).pause(1, 3));

		ScenarioBuilder ceiling = scenario("ceiling")
			.exec(s -> s.set("stop", judgeSteps()))
			.stopLoadGeneratorIf(s -> "ceiling reached: " + ceilingNote, s -> s.getBoolean("stop"))
			.feed(atRandom())
			.exec(signedIn)
			.exec(action);

		List<OpenInjectionStep> steps = new ArrayList<>();
		for (double rate : settings.rates()) {
			steps.add(constantUsersPerSec(rate).during(Duration.ofSeconds(settings.step())));
		}
		List<Assertion> assertions = new ArrayList<>();
		if (settings.smoke()) {
			assertions.add(global().failedRequests().count().is(0L));
			for (String name : Budgets.ACTIONS) {
				assertions.add(details(name).successfulRequests().count().gt(0L));
			}
		}
		setUp(budget.injectOpen(atOnceUsers(settings.staffUsers() + settings.requesterUsers() + settings.memberUsers()))
			.andThen(ceiling.injectOpen(steps)))
			.protocols(http.baseUrl(settings.base())
				.disableFollowRedirect()
				.acceptLanguageHeader("en,sv;q=0.8")
				.userAgentHeader("Hubdesk-bench"))
			.assertions(assertions)
			.maxDuration(Duration.ofSeconds(settings.warmup() + settings.measured() + 60
					+ (long) settings.step() * settings.rates().length));
	}

	@Override
	public void before() {
		List<String> staff = Accounts.staffNames(settings.staffUsers());
		List<String> requesters = new ArrayList<>();
		for (int i = 1; i <= settings.requesterUsers(); i++) {
			requesters.add("bench-requester-" + i);
		}
		sessions.addAll(Accounts.signIn(settings.base(), staff, "staff"));
		sessions.addAll(Accounts.signIn(settings.base(), requesters, "requester"));
		List<String> members = new ArrayList<>();
		for (int i = 1; i <= settings.memberUsers(); i++) {
			members.add("bench-member-" + i);
		}
		sessions.addAll(Accounts.signIn(settings.base(), members, "member"));
		long start = System.currentTimeMillis() + settings.warmup() * 1000L;
		recorder.phase("budget", 0, start, start + settings.measured() * 1000L);
	}

	@Override
	public void after() {
		new Report(settings, recorder, ceilingNote).write();
	}

	/** The budget run's users take one signed-in session each. */
	private Iterator<Map<String, Object>> inTurn() {
		return new Iterator<>() {
			private int next;

			@Override
			public boolean hasNext() {
				return true;
			}

			@Override
			public synchronized Map<String, Object> next() {
				return sessions.get(next++ % sessions.size());
			}
		};
	}

	/** Ceiling arrivals take any session, staff, requesters and members in the budget run's proportion. */
	private Iterator<Map<String, Object>> atRandom() {
		return new Iterator<>() {
			@Override
			public boolean hasNext() {
				return true;
			}

			@Override
			public Map<String, Object> next() {
				return sessions.get(ThreadLocalRandom.current().nextInt(sessions.size()));
			}
		};
	}

	/**
	 * Opens the ceiling steps on the first arrival and judges each finished step once: the first
	 * that misses a budget (or has errors) ends the run.
	 */
	private synchronized boolean judgeSteps() {
		long start = recorder.startSteps(settings.rates(), settings.step() * 1000L);
		int current = (int) ((System.currentTimeMillis() - start) / (settings.step() * 1000L));
		while (!ceilingReached && stepsJudged < current && stepsJudged < settings.rates().length) {
			Recorder.Phase step = recorder.get(Recorder.stepName(stepsJudged));
			if (!Budgets.held(step.stats())) {
				ceilingReached = true;
				ceilingNote = "step " + (stepsJudged + 1) + " (" + step.rate + " arrivals/s) missed a budget";
			}
			stepsJudged++;
		}
		return ceilingReached;
	}

}
