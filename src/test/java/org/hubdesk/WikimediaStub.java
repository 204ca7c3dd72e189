package org.hubdesk;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import org.springframework.boot.test.util.TestPropertyValues;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * A local stand-in for meta.wikimedia.org's OAuth 2.0 endpoints, started once per test run; its
 * address becomes {@code hubdesk.wikimedia.base-url} of the {@link RealServerTest} context.
 */
public final class WikimediaStub {

	private static final WireMockServer SERVER = start();

	private WikimediaStub() {
	}

	public static WireMockServer server() {
		return SERVER;
	}

	/** Points the application's Wikimedia sign-in at the stub before the context starts. */
	public static class Initializer implements ApplicationContextInitializer<ConfigurableApplicationContext> {

		@Override
		public void initialize(ConfigurableApplicationContext context) {
			TestPropertyValues.of("hubdesk.wikimedia.base-url=http://127.0.0.1:" + SERVER.port()).applyTo(context);
		}
	}

	private static WireMockServer start() {
		WireMockServer server = new WireMockServer(WireMockConfiguration.options().dynamicPort().bindAddress("127.0.0.1"));
		server.start();
		Runtime.getRuntime().addShutdownHook(new Thread(server::stop));
		return server;
	}
}
