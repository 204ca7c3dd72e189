package org.hubdesk.web.internal;

import org.hubdesk.hub.HubScope;
import org.hubdesk.identity.Languages;
import org.hubdesk.identity.People;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.resource.LiteWebJarsResourceResolver;
import org.springframework.web.servlet.resource.ResourceUrlEncodingFilter;

/**
 * The language choice, and the static files under their own paths only. Boot's catch-all
 * {@code /**} mapping is off ({@code spring.web.resources.add-mappings=false}): with it, every link a
 * page renders was looked up as a file on the class path before it was written.
 */
@Configuration
class WebConfig implements WebMvcConfigurer {

	@Bean
	LocaleResolver localeResolver(Languages languages, People people, HubScope hubs, Viewer viewer) {
		return new HubdeskLocaleResolver(languages, people, hubs, viewer);
	}

	/**
	 * Links are written as the templates make them. The filter Boot adds for a resource chain would
	 * look each link of a page up among the static files to give it a versioned address, and no
	 * static file here has one (the webjars' version-less paths are resolved when they are served).
	 * Registered switched off, it keeps Boot from registering it.
	 */
	@Bean
	FilterRegistrationBean<ResourceUrlEncodingFilter> resourceUrlEncodingFilterUnused() {
		FilterRegistrationBean<ResourceUrlEncodingFilter> registration = new FilterRegistrationBean<>(
				new ResourceUrlEncodingFilter());
		registration.setEnabled(false);
		return registration;
	}

	@Override
	public void addResourceHandlers(ResourceHandlerRegistry registry) {
		for (String folder : new String[] { "css", "vendor", "js", "img" }) {
			registry.addResourceHandler("/" + folder + "/**")
				.addResourceLocations("classpath:/static/" + folder + "/")
				.resourceChain(true);
		}
		registry.addResourceHandler("/webjars/**")
			.addResourceLocations("classpath:/META-INF/resources/webjars/")
			.resourceChain(true)
			.addResolver(new LiteWebJarsResourceResolver());
	}
}
