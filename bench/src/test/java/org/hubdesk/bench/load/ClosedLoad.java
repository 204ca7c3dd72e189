package org.hubdesk.bench.load;

import static io.gatling.javaapi.core.CoreDsl.atOnceUsers;
import static io.gatling.javaapi.core.CoreDsl.details;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.global;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.Cookie;
import static io.gatling.javaapi.http.HttpDsl.addCookie;
import static io.gatling.javaapi.http.HttpDsl.http;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.gatling.javaapi.core.Assertion;
import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.PopulationBuilder;
import io.gatling.javaapi.core.Simulation;

/**
 * The closed-loop run: for each of the desk, the request page and search in turn, a fixed number
 * of signed-in staff clients, each repeating that one action with no think time (a new request as
 * soon as the last one answered). Each action has its JIT warm-up, then its warm-up, then its
 * measured window; throughput is what the clients got through in that window. The figures go to
 * {@link ClosedReport}, or, for the baseline jar's pass, into a file the next pass reads.
 */
public class ClosedLoad extends Simulation {

	private final Settings settings = Settings.read();
	private final ClosedSettings closed = ClosedSettings.read();
	private final Recorder recorder = new Recorder();
	private final Mix mix = new Mix(recorder, settings.maxNumber(), settings.needs());
	private final List<Map<String, Object>> sessions = new ArrayList<>();

	{
		String host = URI.create(settings.base()).getHost();
		ChainBuilder signedIn = exec(addCookie(Cookie("JSESSIONID", "#{sid}").withDomain(host).withPath("/")));
		PopulationBuilder run = null;
		// errors are reported beside the timings; only a smoke run fails on them
		List<Assertion> assertions = new ArrayList<>();
		if (settings.smoke()) {
			assertions.add(global().failedRequests().count().is(0L));
		}
		for (String action : ClosedFigures.ACTIONS) {
			PopulationBuilder clients = scenario("closed " + action).feed(inTurn())
				.exec(signedIn)
				.exec(s -> {
					// the first client to arrive opens the action's measured window
					long start = System.currentTimeMillis() + (closed.jitWarmup() + closed.warmup()) * 1000L;
					recorder.phase(action, 0, start, start + closed.measured() * 1000L);
					return s;
				})
				.during(Duration.ofSeconds(closed.seconds()))
				.on(chain(action))
				.injectOpen(atOnceUsers(closed.clients()));
			run = run == null ? clients : run.andThen(clients);
			if (settings.smoke()) {
				assertions.add(details(action).successfulRequests().count().gt(0L));
			}
		}
		setUp(run).protocols(http.baseUrl(settings.base())
			.disableFollowRedirect()
			.acceptLanguageHeader("en,sv;q=0.8")
			.userAgentHeader("Hubdesk-bench"))
			.assertions(assertions)
			.maxDuration(Duration.ofSeconds((closed.seconds() + 30L) * ClosedFigures.ACTIONS.length));
	}

	private ChainBuilder chain(String action) {
		return switch (action) {
			case Budgets.DESK -> mix.desk();
			case Budgets.REQUEST_PAGE -> mix.anyRequest();
			case Budgets.SEARCH -> mix.search();
			default -> throw new IllegalArgumentException(action);
		};
	}

	@Override
	public void before() {
		sessions.addAll(Accounts.signIn(settings.base(), Accounts.staffNames(closed.clients()), "staff"));
	}

	@Override
	public void after() {
		ClosedFigures figures = figures(recorder, closed.jar());
		if (!closed.save().isBlank()) {
			figures.save(Path.of(closed.save()));
			System.out.println(ClosedReport.table(null, figures));
			return;
		}
		ClosedFigures before = closed.baseline().isBlank() ? null : ClosedFigures.load(Path.of(closed.baseline()));
		new ClosedReport(settings, closed, before, figures).write();
	}

	/** The measured window of each action, as far as it was run. */
	static ClosedFigures figures(Recorder recorder, String jar) {
		Map<String, Recorder.Stats> actions = new LinkedHashMap<>();
		for (String action : ClosedFigures.ACTIONS) {
			Recorder.Phase phase = recorder.get(action);
			if (phase != null) {
				Recorder.Stats stats = phase.stats().get(action);
				actions.put(action, stats != null ? stats : new Recorder.Stats(0, 0, 0, 0, 0, 0, 0));
			}
		}
		return new ClosedFigures(jar, actions);
	}

	/** Each client of an action takes one signed-in session, in turn. */
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

}
