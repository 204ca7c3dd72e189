package org.hubdesk.web;

import org.hubdesk.DemoTest;
import org.hubdesk.SignedIn;
import org.hubdesk.identity.People;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Errors answer a page in the person's language, or problem details under /api/. MockMvc does not
 * forward to the container's error page, so these tests follow the forward the container makes.
 */
@DemoTest
class ErrorPagesTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	People people;

	@Test
	void anUnknownHubIsANotFoundPageInThePersonsLanguage() throws Exception {
		MvcResult result = mvc.perform(get("/hubs/no-such-hub").header("Accept-Language", "sv"))
			.andExpect(status().isNotFound())
			.andReturn();
		mvc.perform(errorDispatch(result, "/hubs/no-such-hub").header("Accept-Language", "sv"))
			.andExpect(status().isNotFound())
			.andExpect(content().string(containsString("Hittades inte")))
			.andExpect(content().string(not(containsString("Exception"))));
	}

	@Test
	void anUnknownApiResourceIsProblemDetails() throws Exception {
		MvcResult result = mvc.perform(get("/api/v1/hubs/no-such-hub")).andExpect(status().isNotFound()).andReturn();
		mvc.perform(errorDispatch(result, "/api/v1/hubs/no-such-hub").header("Accept-Language", "sv"))
			.andExpect(status().isNotFound())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.status").value(404))
			.andExpect(jsonPath("$.title").value("Hittades inte"))
			.andExpect(jsonPath("$.instance").value("/api/v1/hubs/no-such-hub"));
	}

	@Test
	void aForbiddenPageSaysSo() throws Exception {
		MvcResult result = mvc.perform(get("/admin").with(SignedIn.as(people, "requester")))
			.andExpect(status().isForbidden())
			.andReturn();
		mvc.perform(errorDispatch(result, "/admin").with(SignedIn.as(people, "requester")))
			.andExpect(status().isForbidden())
			.andExpect(content().string(containsString("Du får inte se eller göra det här.")));
	}

	@Test
	void anApiCallWithoutSignInIsUnauthorizedProblemDetails() throws Exception {
		MvcResult result = mvc.perform(get("/api/v1/me")).andExpect(status().isUnauthorized()).andReturn();
		mvc.perform(errorDispatch(result, "/api/v1/me"))
			.andExpect(status().isUnauthorized())
			.andExpect(jsonPath("$.title").value("Sign-in needed"));
	}

	@Test
	void aStaleFormGetsTheExpiredSessionPage() throws Exception {
		MvcResult result = mvc.perform(post("/account").with(SignedIn.as(people, "staff")).param("displayName", "x"))
			.andExpect(status().isForbidden())
			.andReturn();
		assertThat(result.getRequest().getAttribute(org.hubdesk.identity.SecurityAttributes.CSRF_REJECTED))
			.isEqualTo(Boolean.TRUE);
		mvc.perform(errorDispatch(result, "/account")
				.requestAttr(org.hubdesk.identity.SecurityAttributes.CSRF_REJECTED, Boolean.TRUE))
			.andExpect(content().string(containsString("Your session has expired")));
	}

	@Test
	void aMalformedRequestIsABadRequestPage() throws Exception {
		MvcResult result = mvc.perform(post("/admin/hubs/content-partnerships/roles/delete")
				.with(SignedIn.as(people, "admin")).with(csrf())
				.param("personId", "not-a-number").param("role", "STAFF"))
			.andExpect(status().isBadRequest())
			.andReturn();
		mvc.perform(errorDispatch(result, "/admin/hubs/content-partnerships/roles/delete"))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("Something in the request is wrong")));
	}

	@Test
	void aServerErrorShowsNoStackTrace() throws Exception {
		mvc.perform(get("/error").requestAttr("jakarta.servlet.error.status_code", 500)
				.requestAttr("jakarta.servlet.error.request_uri", "/hubs/content-partnerships")
				.requestAttr("jakarta.servlet.error.exception", new IllegalStateException("secret detail")))
			.andExpect(status().isInternalServerError())
			.andExpect(content().string(containsString("Something went wrong")))
			.andExpect(content().string(not(containsString("secret detail"))))
			.andExpect(content().string(not(containsString("IllegalStateException"))));
	}

	@Test
	void theErrorPageOpenedByItselfIsNotFoundRatherThanAServerError() throws Exception {
		mvc.perform(get("/error"))
			.andExpect(status().isNotFound())
			.andExpect(content().string(containsString("There is nothing at this address")));
	}

	@Test
	void aTooLargeUploadHasItsOwnPage() throws Exception {
		mvc.perform(get("/error").requestAttr("jakarta.servlet.error.status_code", 413)
				.requestAttr("jakarta.servlet.error.request_uri", "/account")
				.header("Accept-Language", "sv"))
			.andExpect(status().isPayloadTooLarge())
			.andExpect(content().string(containsString("För stort")));
	}

	private static org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder errorDispatch(
			MvcResult failed, String uri) {
		return get("/error").requestAttr("jakarta.servlet.error.status_code", failed.getResponse().getStatus())
			.requestAttr("jakarta.servlet.error.request_uri", uri);
	}

}
