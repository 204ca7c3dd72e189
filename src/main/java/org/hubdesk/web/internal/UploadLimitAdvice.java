package org.hubdesk.web.internal;

import java.io.IOException;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.multipart.MaxUploadSizeExceededException;

/**
 * An upload over the container's limit answers the 413 page. The failure is left on the request
 * so that the error page's dispatch does not try to read the same oversized body again.
 */
@ControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class UploadLimitAdvice {

	@ExceptionHandler(MaxUploadSizeExceededException.class)
	void tooLarge(MaxUploadSizeExceededException ex, HttpServletRequest request, HttpServletResponse response)
			throws IOException {
		request.setAttribute(RequestDispatcher.ERROR_EXCEPTION, ex);
		response.sendError(HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE);
	}
}
