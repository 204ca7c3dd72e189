package org.hubdesk;

import java.util.LinkedHashMap;
import java.util.Map;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.MutablePropertySources;
import org.springframework.core.env.StandardEnvironment;

/**
 * A local stand-in for the Wikimedia platforms' APIs (Commons' and Wikidata's Action API, the page
 * views), started once per test run. Every application context of the tests reads the platforms
 * here ({@link Initializer}, registered in {@code META-INF/spring.factories}), so no test, demo
 * reading or schedule ever reaches the live sites; a test stubs the answers it needs under names of
 * its own, and what nobody stubbed answers 404.
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

	/** The settings that point the application's readings of the platforms at the stub. */
	static Map<String, Object> settings() {
		String base = "http://127.0.0.1:" + SERVER.port();
		Map<String, Object> settings = new LinkedHashMap<>();
		settings.put("hubdesk.impact.commons-api", base + API);
		settings.put("hubdesk.impact.wikidata-api", base + "/wikidata" + API);
		settings.put("hubdesk.impact.pageviews-api", base + "/pageviews");
		settings.put("hubdesk.impact.retry-min", "10ms");
		settings.put("hubdesk.impact.retry-max", "100ms");
		settings.put("hubdesk.impact.attempts", "2");
		settings.put("hubdesk.impact.timeout", "5s");
		return settings;
	}

	/**
	 * Points every test context's readings at the stub, below what a test class sets for itself
	 * ({@code @DynamicPropertySource}, {@code properties}) and above the application's configuration.
	 * Every context reads the same: on a database shared by several contexts (the PostgreSQL pass), a
	 * reading one context asked for may be run by another's scheduler.
	 */
	public static class Initializer implements ApplicationContextInitializer<ConfigurableApplicationContext> {

		@Override
		public void initialize(ConfigurableApplicationContext context) {
			MutablePropertySources sources = context.getEnvironment().getPropertySources();
			MapPropertySource stub = new MapPropertySource("platformStub", settings());
			if (sources.contains(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME)) {
				sources.addAfter(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME, stub);
			}
			else {
				sources.addFirst(stub);
			}
		}
	}

	private static WireMockServer start() {
		WireMockServer server = new WireMockServer(WireMockConfiguration.options().dynamicPort().bindAddress("127.0.0.1"));
		server.start();
		Runtime.getRuntime().addShutdownHook(new Thread(server::stop));
		return server;
	}
}
