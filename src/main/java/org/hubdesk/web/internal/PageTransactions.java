package org.hubdesk.web.internal;

import java.io.IOException;
import java.util.List;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * One read-only transaction for each page view or API read: a {@code GET} (or {@code HEAD}) that the
 * application answers runs, signed-in person and all, inside a single read-only transaction that
 * every service it calls joins, instead of each opening its own. It starts after the security
 * filters (sign-in, the Wikimedia callback and API tokens write in their own transactions) and
 * leaves static files alone. A read never writes: a {@code GET} that changed something would be a
 * defect in itself, so the transaction always ends in a rollback.
 */
@Configuration
class PageTransactions {

	/** Paths served without the database. */
	static final List<String> STATIC = List.of("/css/", "/vendor/", "/js/", "/img/", "/webjars/", "/actuator/",
			"/favicon");

	@Bean
	FilterRegistrationBean<OncePerRequestFilter> pageTransactionFilter(PlatformTransactionManager transactions) {
		TransactionTemplate readOnly = new TransactionTemplate(transactions);
		readOnly.setReadOnly(true);
		FilterRegistrationBean<OncePerRequestFilter> registration = new FilterRegistrationBean<>(new Filter(readOnly));
		registration.setName("pageTransactions");
		// after Spring Security's chain (-100), before the dispatcher
		registration.setOrder(0);
		return registration;
	}

	/** Runs a read in one read-only transaction. */
	static final class Filter extends OncePerRequestFilter {

		private final TransactionTemplate readOnly;

		Filter(TransactionTemplate readOnly) {
			this.readOnly = readOnly;
		}

		@Override
		protected boolean shouldNotFilter(HttpServletRequest request) {
			String method = request.getMethod();
			if (!"GET".equals(method) && !"HEAD".equals(method)) {
				return true;
			}
			String path = request.getRequestURI().substring(request.getContextPath().length());
			return STATIC.stream().anyMatch(path::startsWith);
		}

		@Override
		protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
				throws ServletException, IOException {
			try {
				readOnly.executeWithoutResult(status -> {
					try {
						chain.doFilter(request, response);
					}
					catch (IOException | ServletException ex) {
						throw new Failure(ex);
					}
					finally {
						// a read has nothing to commit; ending it by a rollback also keeps a refusal the page
						// caught and answered (which marks the shared transaction) from failing the page after it
						status.setRollbackOnly();
					}
				});
			}
			catch (Failure failure) {
				if (failure.getCause() instanceof IOException io) {
					throw io;
				}
				throw (ServletException) failure.getCause();
			}
		}
	}

	/** Carries a checked failure of the chain out of the transaction's callback. */
	private static final class Failure extends RuntimeException {

		Failure(Exception cause) {
			super(cause);
		}
	}
}
