package org.hubdesk.web.internal;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.hubdesk.shared.Refusal;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.validation.FieldError;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.server.ResponseStatusException;

import tools.jackson.databind.DatabindException;

/**
 * The one place where refusals become answers, for every module's controllers. Under {@code /api/}
 * they are RFC 9457 problem details in the caller's language: 400 naming each field at fault
 * ({@code errors: [{field, message, code}]}), 403, 404, and 409 when the thing changed since the
 * caller read it. Anywhere else the status goes to the error page ({@link ErrorPages}), which
 * explains it in the person's language; refusals a form can show beside its fields are caught by
 * the form's controller before they get here. An upload over the container's limit is 413.
 */
@ControllerAdvice
class Problems {

	/** The message of a change that met a newer one. */
	private static final String STALE = "api.error.stale.detail";

	private final MessageSource messages;

	Problems(MessageSource messages) {
		this.messages = messages;
	}

	@ExceptionHandler(Refusal.class)
	ResponseEntity<ProblemDetail> refused(Refusal ex, HttpServletRequest request, HttpServletResponse response,
			Locale locale) throws IOException {
		return switch (ex.getReason()) {
			case INVALID -> invalid(request, response, List.of(error(ex.getField(), ex.getMessageKey(),
					ex.getArguments(), locale)), locale);
			case CONFLICT -> conflict(ex, request, response, locale);
			case FORBIDDEN -> status(request, response, HttpStatus.FORBIDDEN, locale);
			case NOT_FOUND -> status(request, response, HttpStatus.NOT_FOUND, locale);
		};
	}

	@ExceptionHandler(MethodArgumentNotValidException.class)
	ResponseEntity<ProblemDetail> invalid(MethodArgumentNotValidException ex, HttpServletRequest request,
			HttpServletResponse response, Locale locale) throws IOException {
		List<Map<String, String>> errors = ex.getBindingResult().getFieldErrors().stream()
			.map(error -> fieldError(error, locale))
			.toList();
		return invalid(request, response, errors, locale);
	}

	@ExceptionHandler(MethodArgumentTypeMismatchException.class)
	ResponseEntity<ProblemDetail> mistyped(MethodArgumentTypeMismatchException ex, HttpServletRequest request,
			HttpServletResponse response, Locale locale) throws IOException {
		return invalid(request, response, List.of(error(ex.getName(), "api.error.value", null, locale)), locale);
	}

	@ExceptionHandler(HttpMessageNotReadableException.class)
	ResponseEntity<ProblemDetail> unreadable(HttpMessageNotReadableException ex, HttpServletRequest request,
			HttpServletResponse response, Locale locale) throws IOException {
		String field = null;
		if (ex.getCause() instanceof DatabindException bad) {
			// the innermost named property: [{"platforms"}, {0}] names platforms
			for (var reference : bad.getPath()) {
				field = reference.getPropertyName() != null ? reference.getPropertyName() : field;
			}
		}
		return invalid(request, response,
				List.of(error(field, field == null ? "api.error.body" : "api.error.value", null, locale)), locale);
	}

	@ExceptionHandler(ObjectOptimisticLockingFailureException.class)
	ResponseEntity<ProblemDetail> stale(ObjectOptimisticLockingFailureException ex, HttpServletRequest request,
			HttpServletResponse response, Locale locale) throws IOException {
		return answer(request, response, HttpStatus.CONFLICT, "api.error.stale.title", "api.error.stale.detail",
				locale);
	}

	/**
	 * An upload over the container's limit answers 413 (the page, or problem details). The failure is
	 * left on the request so that the error page's dispatch does not read the same oversized body again.
	 */
	@ExceptionHandler(MaxUploadSizeExceededException.class)
	void tooLarge(MaxUploadSizeExceededException ex, HttpServletRequest request, HttpServletResponse response)
			throws IOException {
		request.setAttribute(RequestDispatcher.ERROR_EXCEPTION, ex);
		response.sendError(HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE);
	}

	/** A body of a kind the operation does not take (a form where JSON belongs): 415, in the caller's terms. */
	@ExceptionHandler(HttpMediaTypeNotSupportedException.class)
	ResponseEntity<ProblemDetail> wrongKindOfBody(HttpMediaTypeNotSupportedException ex, HttpServletRequest request,
			HttpServletResponse response, Locale locale) throws IOException {
		return status(request, response, HttpStatus.UNSUPPORTED_MEDIA_TYPE, locale);
	}

	/** A multipart body that cannot be read (cut off, no boundary) is the sender's fault: 400, read no further. */
	@ExceptionHandler(MultipartException.class)
	ResponseEntity<ProblemDetail> unreadableParts(MultipartException ex, HttpServletRequest request,
			HttpServletResponse response, Locale locale) throws IOException {
		request.setAttribute(RequestDispatcher.ERROR_EXCEPTION, ex);
		return status(request, response, HttpStatus.BAD_REQUEST, locale);
	}

	@ExceptionHandler(ResponseStatusException.class)
	ResponseEntity<ProblemDetail> status(ResponseStatusException ex, HttpServletRequest request,
			HttpServletResponse response, Locale locale) throws IOException {
		return status(request, response, ex.getStatusCode(), locale);
	}

	private ResponseEntity<ProblemDetail> status(HttpServletRequest request, HttpServletResponse response,
			HttpStatusCode status, Locale locale) throws IOException {
		String key = switch (status.value()) {
			case 403, 404 -> String.valueOf(status.value());
			default -> status.is5xxServerError() ? "500" : "400";
		};
		return answer(request, response, status, "error." + key + ".title", "error." + key + ".message", locale);
	}

	/**
	 * A change the state of things does not allow now (409): a stale version says so as it always has;
	 * any other refusal says in its own words what stands in the way (decided already, out of review, …),
	 * with its message key as {@code code}.
	 */
	private ResponseEntity<ProblemDetail> conflict(Refusal ex, HttpServletRequest request, HttpServletResponse response,
			Locale locale) throws IOException {
		String key = ex.getMessageKey();
		boolean stale = STALE.equals(key);
		ResponseEntity<ProblemDetail> answer = answer(request, response, HttpStatus.CONFLICT,
				stale ? "api.error.stale.title" : "api.error.refused", STALE, locale);
		if (answer != null && !stale) {
			answer.getBody().setDetail(message(key, ex.getArguments(), locale));
			answer.getBody().setProperty("code", key);
		}
		return answer;
	}

	private ResponseEntity<ProblemDetail> invalid(HttpServletRequest request, HttpServletResponse response,
			List<Map<String, String>> errors, Locale locale) throws IOException {
		if (!isApi(request)) {
			response.sendError(HttpStatus.BAD_REQUEST.value());
			return null;
		}
		ProblemDetail problem = ProblemDetail.forStatus(HttpStatus.BAD_REQUEST);
		problem.setTitle(messages.getMessage("error.400.title", null, locale));
		problem.setDetail(messages.getMessage("error.validation.detail", null, locale));
		problem.setProperty("errors", errors);
		return ResponseEntity.badRequest().contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
	}

	private ResponseEntity<ProblemDetail> answer(HttpServletRequest request, HttpServletResponse response,
			HttpStatusCode status, String title, String detail, Locale locale) throws IOException {
		if (!isApi(request)) {
			response.sendError(status.value());
			return null;
		}
		ProblemDetail problem = ProblemDetail.forStatus(status);
		problem.setTitle(messages.getMessage(title, null, locale));
		problem.setDetail(messages.getMessage(detail, null, locale));
		return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
	}

	private Map<String, String> fieldError(FieldError error, Locale locale) {
		Map<String, String> entry = new LinkedHashMap<>();
		entry.put("field", error.getField());
		entry.put("message", messages.getMessage(error, locale));
		entry.put("code", error.getCode());
		return entry;
	}

	private Map<String, String> error(String field, String key, Object[] arguments, Locale locale) {
		Map<String, String> entry = new LinkedHashMap<>();
		entry.put("field", field);
		entry.put("message", message(key, arguments, locale));
		entry.put("code", key);
		return entry;
	}

	/** The message of a key; a refusal whose key the bundles lack gets the general one. */
	private String message(String key, Object[] arguments, Locale locale) {
		String text = messages.getMessage(key, arguments, null, locale);
		return text != null ? text : messages.getMessage("api.error.refused", null, locale);
	}

	private static boolean isApi(HttpServletRequest request) {
		return request.getRequestURI().substring(request.getContextPath().length()).startsWith("/api/");
	}
}
