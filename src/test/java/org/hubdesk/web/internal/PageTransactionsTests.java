package org.hubdesk.web.internal;

import org.hubdesk.DemoTest;
import org.hubdesk.SignedIn;
import org.hubdesk.identity.People;
import org.hubdesk.hub.Hubs;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.bean.override.mockito.MockitoSpyBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.clearInvocations;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A page view runs in one read-only transaction that everything it calls joins, and reads the
 * viewer's roles in the hub once; a change (a {@code POST}) runs in the transactions of the services
 * it calls, as before.
 */
@DemoTest
@Import(PageTransactionsTests.Probe.class)
class PageTransactionsTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	People people;

	@MockitoSpyBean
	Hubs hubs;

	@TestConfiguration
	@RestController
	static class Probe {

		@GetMapping("/hubs/content-partnerships/transaction-probe")
		String read() {
			return describe();
		}

		@PostMapping("/hubs/content-partnerships/transaction-probe")
		String change() {
			return describe();
		}

		private static String describe() {
			return TransactionSynchronizationManager.isActualTransactionActive()
					? TransactionSynchronizationManager.isCurrentTransactionReadOnly() ? "read-only" : "read-write"
					: "none";
		}
	}

	@Test
	void aPageViewRunsInOneReadOnlyTransaction() throws Exception {
		mvc.perform(get("/hubs/content-partnerships/transaction-probe").with(SignedIn.as(people, "staff")))
			.andExpect(content().string("read-only"));
	}

	@ParameterizedTest
	@ValueSource(strings = { "/desk", "/requests/3", "/search?q=museum", "" })
	void aPageReadsTheViewersRolesOnce(String page) throws Exception {
		clearInvocations(hubs);
		mvc.perform(get("/hubs/content-partnerships" + page).with(SignedIn.as(people, "staff")))
			.andExpect(status().isOk());
		// the hub and the viewer's roles in it, read together once
		verify(hubs, times(1)).viewer(eq("content-partnerships"), any());
		verify(hubs, never()).rolesOf(any(), any());
		verify(hubs, never()).isStaff(any(), any());
		verify(hubs, never()).hasRole(any(), any(), any());
		verify(hubs, never()).bySlug(any());
	}

	@Test
	void aChangeOpensNoneAroundItsServices() throws Exception {
		mvc.perform(post("/hubs/content-partnerships/transaction-probe").with(csrf())
			.with(SignedIn.as(people, "staff")))
			.andExpect(content().string("none"));
	}
}
