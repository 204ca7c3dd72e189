package org.hubdesk;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import org.springframework.boot.test.util.TestPropertyValues;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * A local stand-in for the Wikimedia platforms' APIs (Commons' and Wikidata's Action API, the page
 * views), started once per test run. Every application context of the tests reads the platforms
 * here (the initializer is registered in {@code META-INF/spring.factories}), so no test, no demo
 * refresh and no schedule ever reaches the live sites; a test stubs the answers it needs under
 * names of its own. Waits between retries are short.
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

	/** Points the application's readings of the platforms at the stub before the context starts. */
	public static class Initializer implements ApplicationContextInitializer<ConfigurableApplicationContext> {

		@Override
		public void initialize(ConfigurableApplicationContext context) {
			String base = "http://127.0.0.1:" + SERVER.port();
			TestPropertyValues.of("hubdesk.impact.commons-api=" + base + API,
					"hubdesk.impact.wikidata-api=" + base + "/wikidata" + API,
					"hubdesk.impact.pageviews-api=" + base + "/pageviews", "hubdesk.impact.retry-min=10ms",
					"hubdesk.impact.retry-max=100ms", "hubdesk.impact.timeout=5s")
				.applyTo(context);
		}
	}

	private static WireMockServer start() {
		WireMockServer server = new WireMockServer(WireMockConfiguration.options().dynamicPort().bindAddress("127.0.0.1"));
		server.start();
		Runtime.getRuntime().addShutdownHook(new Thread(server::stop));
		return server;
	}
}
