package org.hubdesk.wikimedia;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where the Wikimedia APIs are and how politely they are read ({@code hubdesk.impact.*}): the
 * Action API of Commons and of Wikidata, the REST API's page views, the batch sizes of a category's
 * files ({@code gcmlimit}; at most 50 for an anonymous reader, 500 with {@code apihighlimits}) and
 * of their global usage ({@code gulimit}; 500, or 5000), the shortest and longest wait before a
 * refused or failed request is tried again, the connect and read timeout, how many times a request
 * is tried in all, and the User-Agent every request sends.
 */
@ConfigurationProperties("hubdesk.impact")
public record WikimediaApiProperties(@DefaultValue("https://commons.wikimedia.org/w/api.php") String commonsApi,
		@DefaultValue("https://www.wikidata.org/w/api.php") String wikidataApi,
		@DefaultValue("https://wikimedia.org/api/rest_v1/metrics/pageviews") String pageviewsApi,
		@DefaultValue("50") int categoryBatch, @DefaultValue("500") int usageBatch,
		@DefaultValue("5s") Duration retryMin, @DefaultValue("120s") Duration retryMax,
		@DefaultValue("30s") Duration timeout, @DefaultValue("4") int attempts,
		@DefaultValue("Hubdesk") String userAgent) {

	/** The most values a list or generator gives in one answer, even with {@code apihighlimits}. */
	public static final int MAX_BATCH = 5000;

	public WikimediaApiProperties {
		require(categoryBatch >= 1 && categoryBatch <= MAX_BATCH, "category-batch must be 1 to " + MAX_BATCH);
		require(usageBatch >= 1 && usageBatch <= MAX_BATCH, "usage-batch must be 1 to " + MAX_BATCH);
		require(!retryMin.isNegative() && retryMax.compareTo(retryMin) >= 0,
				"retry-min must not be negative nor above retry-max");
		require(!timeout.isNegative() && !timeout.isZero(), "timeout must be positive");
		require(attempts >= 1, "attempts must be at least 1");
		require(userAgent != null && !userAgent.isBlank(), "user-agent must be set");
	}

	private static void require(boolean condition, String message) {
		if (!condition) {
			throw new IllegalArgumentException("hubdesk.impact." + message);
		}
	}
}
