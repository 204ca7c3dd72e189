package org.hubdesk.search;

import java.nio.file.Path;

import org.codelibs.opensearch.runner.OpenSearchRunner;
import org.springframework.boot.test.util.TestPropertyValues;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;

import static org.codelibs.opensearch.runner.OpenSearchRunner.newConfigs;

/**
 * A real OpenSearch node, started once per test run inside the test JVM (on loopback, under
 * {@code target/}), for the search suite's OpenSearch pass.
 */
final class OpenSearchNode {

	private static OpenSearchRunner runner;
	private static int port;

	private OpenSearchNode() {
	}

	static synchronized int port() {
		if (runner == null) {
			runner = new OpenSearchRunner();
			runner.onBuild((number, settings) -> {
				settings.put("discovery.type", "single-node");
				settings.put("network.host", "127.0.0.1");
				settings.put("transport.port", "9350-9399");
				settings.put("http.cors.enabled", false);
				settings.put("node.roles", "cluster_manager,data,ingest");
				settings.put("action.auto_create_index", false);
			}).build(newConfigs().numOfNode(1).baseHttpPort(9250).clusterName("hubdesk-test").disableESLogger()
				.basePath(Path.of("target", "opensearch-" + ProcessHandle.current().pid()).toAbsolutePath().toString()));
			runner.ensureYellow();
			port = runner.node().settings().getAsInt("http.port", -1);
			Runtime.getRuntime().addShutdownHook(new Thread(() -> {
				try {
					runner.close();
					runner.clean();
				}
				catch (Exception ignored) {
					// the folder under target/ goes with the next clean build
				}
			}));
		}
		return port;
	}

	/** Points the application's search at the node, as a cluster of several application nodes would be. */
	static class Initializer implements ApplicationContextInitializer<ConfigurableApplicationContext> {

		@Override
		public void initialize(ConfigurableApplicationContext context) {
			TestPropertyValues.of("HUBDESK_SEARCH_BACKEND=elasticsearch", "HUBDESK_SEARCH_HOSTS=127.0.0.1:" + port(),
					"spring.jpa.properties.hibernate.search.backend.version=opensearch:2.19").applyTo(context);
		}
	}
}
