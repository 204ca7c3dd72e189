package org.hubdesk;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * A local stand-in for the Wikimedia platforms' APIs (Commons' and Wikidata's Action API, the page
 * views), started once per test run, for the tests that read the platforms through the whole
 * application ({@link #register}); a test stubs the answers it needs under names of its own. (The
 * other tests read the platforms at a closed local port: no test reaches the live sites.)
 */
public final class PlatformStub {

	/** The Action API's path on the stub. */
	public static final String API = "/w/api.php";

	private static final WireMockServer SERVER = start();

	private PlatformStub() {
	}

	public static WireMockServer server() {
		return SERVER;
	}

	/**
	 * Points the application's readings of the platforms at the stub, with short waits between
	 * retries: for a test class's {@code @DynamicPropertySource}.
	 */
	public static void register(DynamicPropertyRegistry registry) {
		String base = "http://127.0.0.1:" + SERVER.port();
		registry.add("hubdesk.impact.commons-api", () -> base + API);
		registry.add("hubdesk.impact.wikidata-api", () -> base + "/wikidata" + API);
		registry.add("hubdesk.impact.pageviews-api", () -> base + "/pageviews");
		registry.add("hubdesk.impact.retry-min", () -> "10ms");
		registry.add("hubdesk.impact.retry-max", () -> "100ms");
		registry.add("hubdesk.impact.attempts", () -> "2");
		registry.add("hubdesk.impact.timeout", () -> "5s");
	}

	private static WireMockServer start() {
		WireMockServer server = new WireMockServer(WireMockConfiguration.options().dynamicPort().bindAddress("127.0.0.1"));
		server.start();
		Runtime.getRuntime().addShutdownHook(new Thread(server::stop));
		return server;
	}
}
