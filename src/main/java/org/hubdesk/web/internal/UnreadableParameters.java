package org.hubdesk.web.internal;

import java.io.IOException;
import java.util.Collections;
import java.util.Enumeration;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;

import org.apache.tomcat.util.http.InvalidParameterException;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/**
 * A query or form the container cannot read (bytes that are no UTF-8, a form body over its limit)
 * gets Hubdesk's own error page in the person's language, not the container's bare one. The
 * container refuses to read such parameters every time they are asked for, the error page's own
 * dispatch included; so the request is answered 400 (413 for a body too large) before anything
 * else reads it, and the error page is rendered for it as if it carried no parameters. Multipart
 * bodies are left to the multipart resolver (see {@link Problems}).
 */
@Configuration
class UnreadableParameters {

	@Bean
	FilterRegistrationBean<Filter> unreadableParametersFilter() {
		FilterRegistrationBean<Filter> registration = new FilterRegistrationBean<>(new ParametersFilter());
		registration.setName("unreadableParameters");
		// after the character encoding is set (the highest precedence), before anything reads a parameter
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 10);
		registration.setDispatcherTypes(DispatcherType.REQUEST, DispatcherType.ERROR);
		return registration;
	}

	/** Answers a request whose parameters cannot be read, and shows the error page without them. */
	static final class ParametersFilter implements Filter {

		@Override
		public void doFilter(ServletRequest req, ServletResponse res, FilterChain chain)
				throws IOException, ServletException {
			HttpServletRequest request = (HttpServletRequest) req;
			int status = unreadable(request);
			if (status == 0) {
				chain.doFilter(req, res);
			}
			else if (request.getDispatcherType() == DispatcherType.ERROR) {
				chain.doFilter(new WithoutParameters(request), res);
			}
			else {
				((HttpServletResponse) res).sendError(status);
			}
		}

		/** 0 when the parameters can be read, else the status that says why not. */
		private static int unreadable(HttpServletRequest request) {
			String type = request.getContentType();
			if (type != null && type.toLowerCase(Locale.ROOT).startsWith("multipart/")) {
				return 0;
			}
			try {
				request.getParameterMap();
				return 0;
			}
			catch (InvalidParameterException ex) {
				return ex.getErrorCode() == HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE
						? HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE : HttpServletResponse.SC_BAD_REQUEST;
			}
			catch (IllegalStateException | IllegalArgumentException ex) {
				return HttpServletResponse.SC_BAD_REQUEST;
			}
		}
	}

	/** The request as if it carried no parameters. */
	static final class WithoutParameters extends HttpServletRequestWrapper {

		WithoutParameters(HttpServletRequest request) {
			super(request);
		}

		@Override
		public String getParameter(String name) {
			return null;
		}

		@Override
		public Map<String, String[]> getParameterMap() {
			return Map.of();
		}

		@Override
		public Enumeration<String> getParameterNames() {
			return Collections.emptyEnumeration();
		}

		@Override
		public String[] getParameterValues(String name) {
			return null;
		}

		@Override
		public String getQueryString() {
			return null;
		}
	}
}
