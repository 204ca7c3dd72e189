package org.hubdesk.web.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.List;

import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.support.ReloadableResourceBundleMessageSource;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * Every module keeps its own messages, {@code i18n/{module}/messages.properties} with one file per
 * language beside it (UTF-8); they are read together as one source, so a new module's bundle is
 * found without any setting. English is the fallback; the system's language never is.
 */
@Configuration
class MessageBundles {

	static final String PATTERN = "classpath*:i18n/*/messages.properties";

	@Bean
	MessageSource messageSource() {
		ReloadableResourceBundleMessageSource source = new ReloadableResourceBundleMessageSource();
		source.setBasenames(basenames().toArray(String[]::new));
		source.setDefaultEncoding("UTF-8");
		source.setFallbackToSystemLocale(false);
		source.setUseCodeAsDefaultMessage(false);
		source.setCacheSeconds(-1);
		return source;
	}

	/** The bundles' base names, {@code classpath:i18n/{module}/messages}, in a stable order. */
	static List<String> basenames() {
		try {
			Resource[] found = new PathMatchingResourcePatternResolver().getResources(PATTERN);
			return Arrays.stream(found)
				.map(MessageBundles::module)
				.distinct()
				.sorted()
				.map(module -> "classpath:i18n/" + module + "/messages")
				.toList();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static String module(Resource bundle) {
		try {
			String url = bundle.getURL().toString();
			String folder = url.substring(0, url.lastIndexOf('/'));
			return folder.substring(folder.lastIndexOf('/') + 1);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}
}
