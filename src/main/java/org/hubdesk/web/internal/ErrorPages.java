package org.hubdesk.web.internal;

import java.net.URI;
import java.util.Locale;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.hubdesk.identity.SecurityAttributes;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.ModelAndView;

import tools.jackson.databind.json.JsonMapper;

/**
 * Every error the application or the container reports ends here: a page in the person's language
 * (400, 401, 403, 404, 413, 500 and the expired-session page), never a stack trace; under
 * {@code /api/} the same as RFC 9457 problem details.
 */
@Controller
class ErrorPages implements ErrorController {

	private final MessageSource messages;
	private final JsonMapper json;

	ErrorPages(MessageSource messages, JsonMapper json) {
		this.messages = messages;
		this.json = json;
	}

	@RequestMapping("/error")
	ModelAndView error(HttpServletRequest request, HttpServletResponse response, Locale locale) {
		ErrorKind kind = ErrorKind.of(request);
		response.setStatus(kind.status.value());
		if (isApi(request)) {
			ProblemDetail problem = problem(kind, request, locale);
			return new ModelAndView((model, req, res) -> {
				res.setStatus(kind.status.value());
				res.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
				res.setCharacterEncoding("UTF-8");
				json.writeValue(res.getOutputStream(), problem);
			});
		}
		ModelAndView page = new ModelAndView("error/error", kind.status);
		page.addObject("status", kind.status.value());
		page.addObject("titleKey", kind.titleKey());
		page.addObject("messageKey", kind.messageKey());
		page.addObject("csrf", kind.csrf);
		return page;
	}

	private ProblemDetail problem(ErrorKind kind, HttpServletRequest request, Locale locale) {
		ProblemDetail problem = ProblemDetail.forStatus(kind.status);
		problem.setTitle(messages.getMessage(kind.titleKey(), null, locale));
		problem.setDetail(messages.getMessage(kind.messageKey(), null, locale));
		Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
		if (uri instanceof String path) {
			problem.setInstance(URI.create(path));
		}
		return problem;
	}

	private static boolean isApi(HttpServletRequest request) {
		Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
		String path = uri instanceof String s ? s.substring(request.getContextPath().length()) : "";
		return path.startsWith("/api/");
	}

	/** The status of the error being shown and which texts explain it. */
	private record ErrorKind(HttpStatus status, boolean csrf) {

		static ErrorKind of(HttpServletRequest request) {
			Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
			// opened by itself, the error page has no error to show: nothing is there
			HttpStatus status = code instanceof Integer c && HttpStatus.resolve(c) != null ? HttpStatus.valueOf(c)
					: code == null && request.getDispatcherType() == DispatcherType.REQUEST ? HttpStatus.NOT_FOUND
					: HttpStatus.INTERNAL_SERVER_ERROR;
			boolean csrf = Boolean.TRUE.equals(request.getAttribute(SecurityAttributes.CSRF_REJECTED));
			return new ErrorKind(status, csrf);
		}

		String titleKey() {
			return "error." + key() + ".title";
		}

		String messageKey() {
			return "error." + key() + ".message";
		}

		private String key() {
			if (csrf) {
				return "session";
			}
			return switch (status.value()) {
				case 400, 401, 403, 404, 405, 413 -> String.valueOf(status.value());
				default -> status.is4xxClientError() ? "400" : "500";
			};
		}
	}
}
