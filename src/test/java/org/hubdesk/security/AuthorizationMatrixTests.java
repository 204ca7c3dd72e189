package org.hubdesk.security;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import org.hubdesk.DemoTest;
import org.hubdesk.identity.People;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every route the application maps ({@link Routes}, so a new route is covered the day it lands),
 * called with each HTTP method it answers, as each {@link Role}, with its path variables filled from
 * {@link MatrixFixtures}: the answer must be the one {@link AccessTable} gives.
 * A route without a row fails, naming the route. Each call runs in a transaction that is rolled
 * back, so a write that succeeds changes nothing the next call sees. What the answers show is
 * checked in {@link RequestVisibilityTests} (requests) and {@link CommitteeVisibilityTests} (the
 * committee's work).
 */
@DemoTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AuthorizationMatrixTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	ApplicationContext context;

	@Autowired
	PlatformTransactionManager transactions;

	@Autowired
	People people;

	final MatrixFixtures fixtures = new MatrixFixtures();

	MatrixCalls calls;

	@BeforeAll
	void fixtures(@Autowired ApplicationContext context) {
		fixtures.create(context);
		calls = new MatrixCalls(fixtures, people);
	}

	@Test
	void everyRouteAnswersEveryRoleAsTheTableSays() {
		long started = System.nanoTime();
		Map<String, String> actual = new TreeMap<>();
		List<String> wrong = new ArrayList<>();
		int pairs = 0;
		for (String route : Routes.of(context)) {
			String[] expected = AccessTable.ROWS.get(route);
			String path = fill(route);
			String[] got = new String[Role.values().length];
			for (Role role : Role.values()) {
				got[role.ordinal()] = call(route, path, role);
				pairs++;
				if (expected != null && !List.of(expected[role.ordinal()].split("/")).contains(got[role.ordinal()])) {
					wrong.add(route + " as " + role + ": expected " + expected[role.ordinal()] + ", got "
							+ got[role.ordinal()]);
				}
			}
			actual.put(route, AccessTable.row(route, got));
		}
		System.out.println("Authorization matrix: " + pairs + " route × role pairs tried (" + actual.size()
				+ " routes × " + Role.values().length + " roles) in " + (System.nanoTime() - started) / 1_000_000_000
				+ " s");
		Set<String> missing = new TreeSet<>(actual.keySet());
		missing.removeAll(AccessTable.ROWS.keySet());
		Set<String> stale = new TreeSet<>(AccessTable.ROWS.keySet());
		stale.removeAll(actual.keySet());
		if (!missing.isEmpty() || !wrong.isEmpty()) {
			System.out.println("What the routes answer today, as AccessTable rows:");
			actual.values().forEach(row -> System.out.println("\t\t\"" + row + "\","));
		}
		assertThat(missing).as("routes without a row in AccessTable: add what each role may do").isEmpty();
		assertThat(stale).as("rows in AccessTable for routes that no longer exist").isEmpty();
		assertThat(wrong).as("answers that differ from AccessTable").isEmpty();
	}

	private String fill(String route) {
		String path = Routes.fill(route, fixtures);
		assertThat(path).as("a value for each variable of " + route + ": teach MatrixFixtures.value it").isNotNull();
		return path;
	}

	private String call(String route, String path, Role role) {
		String method = route.substring(0, route.indexOf(' '));
		String pattern = route.substring(route.indexOf(' ') + 1);
		AbstractMockHttpServletRequestBuilder<?> request = calls.build(method, pattern, path, role);
		TransactionTemplate rolledBack = new TransactionTemplate(transactions);
		return rolledBack.execute(status -> {
			status.setRollbackOnly();
			try {
				return outcome(mvc.perform(request).andReturn());
			}
			catch (Exception ex) {
				return "exception";
			}
		});
	}

	/** The status, or "login" for a redirect to the sign-in page. */
	static String outcome(MvcResult result) {
		int status = result.getResponse().getStatus();
		String location = result.getResponse().getRedirectedUrl();
		if (status / 100 == 3 && location != null && location.replaceFirst("^https?://[^/]+", "").matches("/login([?#].*)?")) {
			return "login";
		}
		return String.valueOf(status);
	}
}
