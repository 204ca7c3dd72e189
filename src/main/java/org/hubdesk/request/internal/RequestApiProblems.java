package org.hubdesk.request.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.hubdesk.request.RequestException;
import org.hubdesk.request.StaleRequestException;
import org.springframework.context.MessageSource;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.server.ResponseStatusException;

import tools.jackson.databind.DatabindException;

/**
 * The requests API's refusals as RFC 9457 problem details in the caller's language: 400 naming each
 * field at fault ({@code errors: [{field, message, code}]}), 404 and 403, and 409 when the request
 * changed since the caller read it (send the new {@code version}).
 */
@RestControllerAdvice(assignableTypes = { RequestApiController.class, RequestWorkApiController.class,
		RequestFilesApiController.class })
@Order(Ordered.HIGHEST_PRECEDENCE)
class RequestApiProblems {

	/** The service's names for fields the API calls otherwise. */
	private static final Map<String, String> API_FIELDS = Map.of("state", "to", "mergedInto", "duplicateOf");

	private final MessageSource messages;

	RequestApiProblems(MessageSource messages) {
		this.messages = messages;
	}

	@ExceptionHandler(RequestException.class)
	ResponseEntity<ProblemDetail> refused(RequestException ex, Locale locale) {
		String field = ex.getField() == null ? null : API_FIELDS.getOrDefault(ex.getField(), ex.getField());
		return invalid(field, ex.getMessageKey(), locale);
	}

	@ExceptionHandler(MethodArgumentTypeMismatchException.class)
	ResponseEntity<ProblemDetail> mistyped(MethodArgumentTypeMismatchException ex, Locale locale) {
		return invalid(ex.getName(), "api.error.value", locale);
	}

	@ExceptionHandler(HttpMessageNotReadableException.class)
	ResponseEntity<ProblemDetail> unreadable(HttpMessageNotReadableException ex, Locale locale) {
		String field = null;
		if (ex.getCause() instanceof DatabindException bad) {
			// the innermost named property: [{"platforms"}, {0}] names platforms
			for (var reference : bad.getPath()) {
				field = reference.getPropertyName() != null ? reference.getPropertyName() : field;
			}
		}
		return invalid(field, field == null ? "api.error.body" : "api.error.value", locale);
	}

	@ExceptionHandler({ StaleRequestException.class, ObjectOptimisticLockingFailureException.class })
	ResponseEntity<ProblemDetail> stale(RuntimeException ex, Locale locale) {
		return problem(HttpStatus.CONFLICT, "api.error.stale.title", "api.error.stale.detail", locale);
	}

	@ExceptionHandler(ResponseStatusException.class)
	ResponseEntity<ProblemDetail> status(ResponseStatusException ex, Locale locale) {
		HttpStatusCode status = ex.getStatusCode();
		String key = switch (status.value()) {
			case 403, 404 -> String.valueOf(status.value());
			default -> "400";
		};
		return problem(status, "error." + key + ".title", "error." + key + ".message", locale);
	}

	/** A number the API reads from text, or a 400 naming the field. */
	static long parse(String field, String value) {
		try {
			return Long.parseLong(value);
		}
		catch (NumberFormatException ex) {
			throw new RequestException(field, "api.error.value");
		}
	}

	private ResponseEntity<ProblemDetail> invalid(String field, String key, Locale locale) {
		Map<String, String> error = new LinkedHashMap<>();
		error.put("field", field);
		error.put("message", message(key, locale));
		error.put("code", key);
		ProblemDetail problem = ProblemDetail.forStatus(HttpStatus.BAD_REQUEST);
		problem.setTitle(messages.getMessage("error.400.title", null, locale));
		problem.setDetail(messages.getMessage("error.validation.detail", null, locale));
		problem.setProperty("errors", List.of(error));
		return ResponseEntity.badRequest().contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
	}

	private ResponseEntity<ProblemDetail> problem(HttpStatusCode status, String title, String detail, Locale locale) {
		ProblemDetail problem = ProblemDetail.forStatus(status);
		problem.setTitle(messages.getMessage(title, null, locale));
		problem.setDetail(messages.getMessage(detail, null, locale));
		return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
	}

	/** The message of a key; a service refusal whose key the bundle lacks gets the general one. */
	private String message(String key, Locale locale) {
		String text = messages.getMessage(key, null, null, locale);
		return text != null ? text : messages.getMessage("api.error.refused", null, locale);
	}
}
