package org.hubdesk.wikimedia.internal;

import java.io.IOException;
import java.time.Duration;

import org.hubdesk.wikimedia.CommonsUsage;
import org.hubdesk.wikimedia.WikimediaApiProperties;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.env.PropertiesPropertySourceLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.io.ClassPathResource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hubdesk.wikimedia.internal.CommonsServer.params;

/**
 * The module's settings as the application ships them, and its beans: {@link CommonsUsage} reads
 * the configured API with the configured User-Agent and batch sizes. No application context of the
 * whole application is started.
 */
class WikimediaConfigurationTests {

	static final CommonsServer commons = new CommonsServer();

	@AfterAll
	static void stop() {
		commons.close();
	}

	@Test
	void theApplicationReadsTheLiveSitesPolitelyByDefault() throws IOException {
		StandardEnvironment environment = new StandardEnvironment();
		new PropertiesPropertySourceLoader().load("application", new ClassPathResource("application.properties"))
			.forEach(environment.getPropertySources()::addLast);

		WikimediaApiProperties settings = Binder.get(environment)
			.bind("hubdesk.impact", WikimediaApiProperties.class)
			.get();

		assertThat(settings).isEqualTo(new WikimediaApiProperties("https://commons.wikimedia.org/w/api.php",
				"https://www.wikidata.org/w/api.php", "https://wikimedia.org/api/rest_v1/metrics/pageviews", 50, 500,
				Duration.ofSeconds(5), Duration.ofSeconds(120), Duration.ofSeconds(30), 4, settings.userAgent()));
		assertThat(settings.userAgent()).matches("Hubdesk/[0-9][^ @$]* \\(.+\\)").doesNotContain("${");
		assertThat(Binder.get(new StandardEnvironment()).bindOrCreate("hubdesk.impact", WikimediaApiProperties.class))
			.as("the defaults without application.properties")
			.isEqualTo(new WikimediaApiProperties(settings.commonsApi(), settings.wikidataApi(), settings.pageviewsApi(),
					50, 500, Duration.ofSeconds(5), Duration.ofSeconds(120), Duration.ofSeconds(30), 4, "Hubdesk"));
	}

	@Test
	void commonsUsageReadsTheConfiguredApi() {
		String empty = "Category:Empty collection of the Example Museum";
		commons.reset();
		commons.answer(params("action", "query", "prop", "categoryinfo", "titles", empty), "categories/empty-exists.json");
		commons.answer(params("action", "query", "generator", "categorymembers", "gcmtitle", empty, "gcmlimit", "7",
				"gulimit", "11"), "categories/empty-files.json");

		context().withPropertyValues("hubdesk.impact.category-batch=7", "hubdesk.impact.usage-batch=11").run(context -> {
			assertThat(context).hasSingleBean(CommonsUsage.class)
				.hasSingleBean(org.hubdesk.wikimedia.WikidataItems.class)
				.hasSingleBean(org.hubdesk.wikimedia.WikidataSearch.class)
				.hasSingleBean(org.hubdesk.wikimedia.PageViews.class);
			assertThat(context.getBean(CommonsUsage.class).read(empty, 0).requests()).isEqualTo(2);
		});
		assertThat(commons.requests()).hasSize(2);
		commons.assertEveryRequestPolite();
	}

	@Test
	void settingsOutOfBoundsStopTheStart() {
		for (String wrong : new String[] { "hubdesk.impact.attempts=0", "hubdesk.impact.category-batch=0",
				"hubdesk.impact.usage-batch=5001", "hubdesk.impact.retry-min=3m" }) {
			context().withPropertyValues(wrong).run(context -> assertThat(context).as(wrong).hasFailed());
		}
	}

	private static ApplicationContextRunner context() {
		return new ApplicationContextRunner().withUserConfiguration(Settings.class, WikimediaConfiguration.class)
			.withPropertyValues("hubdesk.impact.commons-api=" + commons.url(),
					"hubdesk.impact.user-agent=" + CommonsServer.USER_AGENT);
	}

	@EnableConfigurationProperties(WikimediaApiProperties.class)
	static class Settings {
	}
}
