package org.hubdesk.wikimedia.internal;

import org.hubdesk.wikimedia.CommonsUsage;
import org.hubdesk.wikimedia.WikimediaApiProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The module's beans: the APIs it reads and what it reads of them. */
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
}
