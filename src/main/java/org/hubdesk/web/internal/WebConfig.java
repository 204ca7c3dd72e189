package org.hubdesk.web.internal;

import org.hubdesk.hub.Hubs;
import org.hubdesk.identity.Languages;
import org.hubdesk.identity.People;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

@Configuration
class WebConfig implements WebMvcConfigurer {

	@Bean
	LocaleResolver localeResolver(Languages languages, People people, Hubs hubs, Viewer viewer) {
		return new HubdeskLocaleResolver(languages, people, hubs, viewer);
	}
}
