package org.hubdesk.security;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.hubdesk.RealServerTest;
import org.hubdesk.identity.People;
import org.hubdesk.security.FuzzCases.Case;
import org.hubdesk.security.FuzzHttp.Answer;
import org.hubdesk.security.FuzzHttp.Session;
import org.hubdesk.security.FuzzTarget.Encoding;
import org.hubdesk.security.FuzzTarget.Field;
import org.hubdesk.security.FuzzValues.Bad;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The fuzz pass: bad input, generated from a fixed seed, to every form each role is shown
 * ({@link PageForms}), every operation of the API's description ({@link ApiOperations}) and every
 * other mapped route ({@link Routes}), over a real connection to the running application, as each
 * demo role. It fails on any server error, any stack trace or type name in a body, and any refused
 * form that does not show again what was typed ({@link FuzzVerdicts}). The seed and the number of
 * inputs are printed; {@code -Dhubdesk.fuzz.seed=N} replays a run. It runs once in CI
 * ({@code mvn -Pfuzz surefire:test}), not in every database pass.
 */
@RealServerTest
@Tag("fuzz")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FuzzPassTests {

	static final long SEED = Long.getLong("hubdesk.fuzz.seed", 20261128L);
	/** Bad values per field; with the fields of today's forms and operations, over 10,000 inputs in all. */
	static final int PER_FIELD = Integer.getInteger("hubdesk.fuzz.per-field", 6);
	/** Only the targets whose route contains this text, to look closer at one ({@code -Dhubdesk.fuzz.route=...}). */
	static final String ONLY_ROUTE = System.getProperty("hubdesk.fuzz.route", "");
	/** Staff and admins go first: a requester's fuzzed withdrawal may end the request they work on. */
	static final List<Role> ORDER = List.of(Role.STAFF, Role.ADMIN, Role.MEMBER, Role.REQUESTER2, Role.REQUESTER,
			Role.ANONYMOUS);
	/** The query parameters tried on a page route, with a good value each. */
	static final Map<String, String> QUERY = new LinkedHashMap<>(Map.of("page", "1", "size", "20", "sort", "newest",
			"q", "museum", "state", "TRIAGE", "from", "2026-01-01", "to", "2026-12-31", "kind", "requests", "return", "/",
			"uselang", "sv"));

	@LocalServerPort
	int port;

	@Autowired
	ApplicationContext context;

	@Autowired
	People people;

	final MatrixFixtures fixtures = new MatrixFixtures();

	@BeforeAll
	void fixtures(@Autowired ApplicationContext context) {
		fixtures.create(context);
	}

	@Test
	void badInputGetsAClearAnswerAndLosesNothing() throws Exception {
		long started = System.nanoTime();
		FuzzHttp http = new FuzzHttp(port);
		Set<String> routes = Routes.of(context);
		MatrixCalls matrix = new MatrixCalls(fixtures, people);
		FuzzValues values = new FuzzValues(SEED, otherIds());
		FuzzCases cases = new FuzzCases(values, fixtures, PER_FIELD);
		FuzzVerdicts verdicts = new FuzzVerdicts();
		ApiOperations api = new ApiOperations(
				http.send(http.session(Role.ANONYMOUS, null), "GET", "/v3/api-docs", null, null).body(), matrix, fixtures);
		PageForms forms = new PageForms(http, routes, matrix);
		List<String> pages = routes.stream().filter(r -> Routes.method(r).equals("GET") && !r.contains(" /api/"))
			.map(r -> Routes.fill(r, fixtures)).filter(p -> p != null).toList();
		Map<String, Integer> bySource = new TreeMap<>();
		int number = 0;
		for (Role role : ORDER) {
			Session session = http.session(role, fixtures.tokens.get(role));
			List<Answer> read = new ArrayList<>();
			List<FuzzTarget> targets = new ArrayList<>(forms.crawl(session, pages, read));
			read.forEach(answer -> verdicts.judgeRead("a page as " + role, answer));
			targets.addAll(api.targets(role));
			targets.addAll(routeTargets(role, routes, matrix, targets, values));
			for (FuzzTarget target : targets) {
				if (!target.route().contains(ONLY_ROUTE)) {
					continue;
				}
				session.keepSignedIn();
				List<Case> inputs = new ArrayList<>(cases.of(target));
				if (role == Role.REQUESTER || role == Role.STAFF) {
					inputs.addAll(cases.paths(target));
				}
				for (Case input : inputs) {
					send(http, session, input, verdicts, ++number);
				}
				bySource.merge(target.source().startsWith("form") ? "forms" : target.source(), inputs.size(), Integer::sum);
			}
		}
		number = signIn(http, values, verdicts, number, bySource);
		System.out.printf("Fuzz pass: seed %d, %d inputs sent (%s) as %d roles in %d s; %d failing answers in %d groups%n",
				SEED, number, bySource, ORDER.size(), (System.nanoTime() - started) / 1_000_000_000L, verdicts.count(),
				verdicts.failures().size());
		verdicts.failures().forEach((group, examples) -> {
			System.out.println("FAIL " + group);
			examples.forEach(example -> System.out.println("    " + example));
		});
		assertThat(number).as("inputs sent").isGreaterThanOrEqualTo(ONLY_ROUTE.isEmpty() ? 10_000 : 1);
		// the map, not its keys: a failure names the inputs that caused it even where only the assertion is read
		assertThat(verdicts.failures()).as("failing answers (replay with -Dhubdesk.fuzz.seed=" + SEED + ")").isEmpty();
	}

	private static void send(FuzzHttp http, Session session, Case input, FuzzVerdicts verdicts, int number)
			throws IOException, InterruptedException {
		Answer answer;
		try {
			answer = http.send(session, input.method(), input.path(), input.contentType(), input.body());
		}
		catch (IOException broken) {
			// the server cut its answer short: a failure after the answer had begun
			answer = new Answer(599, null, null, "answer broken off: " + broken.getMessage());
		}
		Answer followed = null;
		if (input.target().typed() && answer.redirect() && !answer.toLogin()
				&& answer.location().matches("(https?://localhost(:\\d+)?)?/.*")) {
			try {
				followed = http.follow(session, answer);
			}
			catch (IllegalArgumentException invalid) {
				verdicts.badLocation(number, input, answer);
			}
		}
		verdicts.judge(number, input, answer, followed);
	}

	/** Every route not met as a form or an API operation: writes with the matrix's good fields, pages with queries. */
	private List<FuzzTarget> routeTargets(Role role, Set<String> routes, MatrixCalls matrix,
			List<FuzzTarget> found, FuzzValues values) {
		List<FuzzTarget> targets = new ArrayList<>();
		for (String route : routes) {
			if (found.stream().anyMatch(t -> t.route().equals(route)) || route.contains("/**")) {
				continue;
			}
			String path = Routes.fill(route, fixtures);
			if (path == null) {
				continue;
			}
			String method = Routes.method(route);
			List<Field> fields = new ArrayList<>();
			if ("GET".equals(method)) {
				List<String> names = new ArrayList<>(QUERY.keySet());
				for (int i = 0; i < 3; i++) {
					String name = names.remove(values.nextInt(names.size()));
					fields.add(new Field(name, PageForms.kind(name, "text"), Bad.text("good", QUERY.get(name)), false));
				}
			}
			else {
				matrix.form(route, role).forEach((name, value) -> fields
					.add(new Field(name, PageForms.kind(name, "text"), Bad.text("good", value), false)));
			}
			boolean upload = route.endsWith("/attachments") && "POST".equals(method);
			String json = matrix.json(route, role);
			Encoding encoding = json != null ? Encoding.JSON
					: upload ? Encoding.MULTIPART : "GET".equals(method) || "DELETE".equals(method) ? Encoding.QUERY
							: Encoding.FORM;
			targets.add(new FuzzTarget("handler mappings", role, method, route, path, encoding, fields, json,
					upload ? List.of(route.contains(" /api/") ? "file" : "files")
							: List.of(), false));
		}
		return targets;
	}

	/** Wrong sign-ins last: they count against this address, and every session of the pass shares it. */
	private static int signIn(FuzzHttp http, FuzzValues values, FuzzVerdicts verdicts, int number,
			Map<String, Integer> bySource) throws IOException, InterruptedException {
		int sent = 0;
		for (String field : List.of("username", "password")) {
			for (int i = 0; i < 5 * PER_FIELD; i++) {
				Session anonymous = http.session(Role.ANONYMOUS, null);
				Bad bad = values.next(FuzzValues.Kind.TEXT, 5_000);
				String body = Stream.of("username", "password", "_csrf")
					.map(name -> name + "=" + (name.equals(field) ? FuzzHttp.encoded(bad)
							: name.equals("_csrf") ? anonymous.csrf : name.equals("username") ? "requester" : "wrong"))
					.reduce((a, b) -> a + "&" + b).orElseThrow();
				Answer answer = http.send(anonymous, "POST", "/login", "application/x-www-form-urlencoded",
						body.getBytes(StandardCharsets.ISO_8859_1));
				verdicts.judgeRead("POST /login with " + field + " " + bad.shown(), answer);
				sent++;
			}
		}
		bySource.put("sign-in", sent);
		return number + sent;
	}

	private List<String> otherIds() {
		return Stream.of(fixtures.other.getNumber(), fixtures.other.getId(), fixtures.draft.getId(), fixtures.savedView,
				fixtures.notification, fixtures.requesterToken, fixtures.ownAttachment, fixtures.draftAttachment,
				fixtures.milestone, fixtures.cannedReply, fixtures.affiliate).map(String::valueOf).distinct().toList();
	}
}
