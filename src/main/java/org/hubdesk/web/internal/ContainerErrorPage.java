package org.hubdesk.web.internal;

import java.io.IOException;
import java.io.Writer;
import java.util.Collections;
import java.util.Locale;
import java.util.Optional;

import jakarta.servlet.http.Cookie;

import org.apache.catalina.Valve;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.core.StandardHost;
import org.apache.catalina.valves.ErrorReportValve;
import org.hubdesk.identity.Languages;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.web.util.HtmlUtils;

/**
 * What the container refuses before the application sees it (an address whose path is no UTF-8,
 * bytes an address may not carry) gets Hubdesk's error page in the person's language, from their
 * language cookie or their browser's languages, instead of the container's bare report. It replaces
 * the container's error report valve; everything the application answers keeps its own error page.
 */
@Configuration
class ContainerErrorPage {

	@Bean
	WebServerFactoryCustomizer<TomcatServletWebServerFactory> containerErrorPageCustomizer(MessageSource messages,
			Languages languages) {
		return new Customizer(messages, languages);
	}

	/** Puts the valve in place of the one the container (and Boot) would add; applied after Boot's own. */
	private record Customizer(MessageSource messages, Languages languages)
			implements WebServerFactoryCustomizer<TomcatServletWebServerFactory>, Ordered {

		@Override
		public void customize(TomcatServletWebServerFactory factory) {
			factory.addContextCustomizers(context -> {
				if (context.getParent() instanceof StandardHost host) {
					for (Valve valve : host.getPipeline().getValves()) {
						if (valve instanceof ErrorReportValve) {
							host.getPipeline().removeValve(valve);
						}
					}
					host.setErrorReportValveClass(Report.class.getName());
					host.getPipeline().addValve(new Report(messages, languages));
				}
			});
		}

		@Override
		public int getOrder() {
			return Ordered.LOWEST_PRECEDENCE;
		}
	}

	/** The container's error report, written as Hubdesk's page. */
	static final class Report extends ErrorReportValve {

		private final MessageSource messages;
		private final Languages languages;

		/** For the container, which may create the valve by its class name; it then speaks English. */
		public Report() {
			this(null, null);
		}

		Report(MessageSource messages, Languages languages) {
			this.messages = messages;
			this.languages = languages;
			setShowReport(false);
			setShowServerInfo(false);
		}

		@Override
		protected void report(Request request, Response response, Throwable throwable) {
			int status = response.getStatus();
			if (messages == null || status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
				return;
			}
			Locale locale = locale(request);
			String key = switch (status) {
				case 400, 404, 405, 413 -> String.valueOf(status);
				default -> status >= 500 ? "500" : "400";
			};
			String title = HtmlUtils.htmlEscape(messages.getMessage("error." + key + ".title", null, locale), "UTF-8");
			String text = HtmlUtils.htmlEscape(messages.getMessage("error." + key + ".message", null, locale), "UTF-8");
			String home = HtmlUtils.htmlEscape(messages.getMessage("error.home", null, locale), "UTF-8");
			String app = HtmlUtils.htmlEscape(messages.getMessage("app.name", null, locale), "UTF-8");
			try {
				response.setContentType("text/html");
				response.setCharacterEncoding("UTF-8");
				Writer out = response.getReporter();
				if (out != null) {
					out.write("<!DOCTYPE html>\n<html lang=\"" + locale.toLanguageTag() + "\" dir=\""
							+ Languages.direction(locale) + "\">\n<head><meta charset=\"utf-8\"><title>" + title + " – "
							+ app + "</title>\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
							+ "<link rel=\"stylesheet\" href=\"/vendor/codex/theme-wikimedia-ui.css\">\n"
							+ "<link rel=\"stylesheet\" href=\"/vendor/codex/codex.style.css\">\n"
							+ "<link rel=\"stylesheet\" href=\"/css/hubdesk.css\"></head>\n<body><main id=\"content\" class=\"content\">\n<h1>"
							+ title + "</h1>\n<p>" + text + "</p>\n<p><a href=\"/\">" + home + "</a></p>\n</main></body>\n</html>\n");
				}
			}
			catch (IOException | IllegalStateException ex) {
				// the connection is gone or the response was already taken: nothing more to say
			}
		}

		/** The person's language cookie, else the first of their browser's languages Hubdesk speaks. */
		private Locale locale(Request request) {
			Cookie[] cookies = request.getCookies();
			if (cookies != null) {
				for (Cookie cookie : cookies) {
					if (HubdeskLocaleResolver.COOKIE.equals(cookie.getName())) {
						Optional<Locale> chosen = languages.match(cookie.getValue());
						if (chosen.isPresent()) {
							return chosen.get();
						}
					}
				}
			}
			for (Locale asked : Collections.list(request.getLocales())) {
				Optional<Locale> spoken = languages.match(asked.toLanguageTag());
				if (spoken.isPresent()) {
					return spoken.get();
				}
			}
			return Languages.FALLBACK;
		}
	}
}
