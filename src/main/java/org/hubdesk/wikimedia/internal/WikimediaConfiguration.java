package org.hubdesk.wikimedia.internal;

import org.hubdesk.wikimedia.CommonsUsage;
import org.hubdesk.wikimedia.PageViews;
import org.hubdesk.wikimedia.WikidataItems;
import org.hubdesk.wikimedia.WikidataSearch;
import org.hubdesk.wikimedia.WikimediaApiProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The module's beans: the APIs it reads and what it reads of them (Commons, Wikidata, page views). */
@Configuration(proxyBeanMethods = false)
class WikimediaConfiguration {

	@Bean
	MediaWikiApis mediaWikiApis(WikimediaApiProperties settings) {
		return new MediaWikiApis(settings, Sleeper.THREAD);
	}

	@Bean
	CommonsUsage commonsUsage(MediaWikiApis apis, WikimediaApiProperties settings) {
		return new CommonsCategoryReader(apis.commons(), settings);
	}

	@Bean
	WikidataItems wikidataItems(MediaWikiApis apis) {
		return new WikidataItemReader(apis.wikidata());
	}

	@Bean
	WikidataSearch wikidataSearch(MediaWikiApis apis) {
		return new WikidataSearcher(apis.wikidata());
	}

	@Bean
	PageViews pageViews(MediaWikiApis apis) {
		return apis.pageViews();
	}
}
