package org.hubdesk.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.options.LoadState;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The pages work under their own Content-Security-Policy (not bypassed here): no console error, no
 * policy violation, and the scripts they load from the site itself run.
 */
class ContentSecurityPolicyBrowserTest extends BrowserTestSupport {

	/** Collects policy violations from the start of each document; init scripts are not subject to the CSP. */
	private static final String RECORD_VIOLATIONS = """
			window.__cspViolations = [];
			document.addEventListener('securitypolicyviolation',
			  e => window.__cspViolations.push(e.violatedDirective + ' ' + e.blockedURI));""";

	@ParameterizedTest
	@ValueSource(strings = { HUB, "/login" })
	void pageLoadsWithoutConsoleErrorsOrViolations(String path) {
		try (BrowserContext context = newContext()) {
			Page page = watchedPage(context);
			List<String> errors = consoleErrors(page);

			Response response = page.navigate(path);
			page.waitForLoadState(LoadState.NETWORKIDLE);

			assertThat(response.status()).isEqualTo(200);
			assertThat(response.headerValue("content-security-policy")).contains("script-src 'self'");
			assertThat(page.evaluate("typeof htmx")).as("htmx loaded from the site").isEqualTo("object");
			assertThat(violations(page)).as("CSP violations on " + path).isEmpty();
			assertThat(errors).as("console errors on " + path).isEmpty();
		}
	}

	/** Shows the listeners above would notice: an inline script is refused, reported, and never runs. */
	@Test
	void anInlineScriptIsRefusedAndReported() {
		try (BrowserContext context = newContext()) {
			Page page = watchedPage(context);
			List<String> errors = consoleErrors(page);
			page.navigate(HUB);

			page.evaluate("""
					() => { const s = document.createElement('script');
					  s.textContent = 'window.__inlineRan = true';
					  document.body.appendChild(s); }""");

			page.waitForFunction("() => window.__cspViolations.length > 0");
			assertThat(page.evaluate("window.__inlineRan === true")).isEqualTo(false);
			assertThat(violations(page)).anySatisfy(v -> assertThat(v).startsWith("script-src"));
			page.waitForCondition(() -> !errors.isEmpty());
			assertThat(errors).anySatisfy(e -> assertThat(e).contains("Content Security Policy"));
		}
	}

	private static Page watchedPage(BrowserContext context) {
		context.addInitScript(RECORD_VIOLATIONS);
		return context.newPage();
	}

	private static List<String> consoleErrors(Page page) {
		List<String> errors = new CopyOnWriteArrayList<>();
		page.onConsoleMessage(message -> {
			if ("error".equals(message.type())) {
				errors.add(message.text() + " at " + message.location());
			}
		});
		page.onPageError(error -> errors.add("uncaught: " + error));
		return errors;
	}

	@SuppressWarnings("unchecked")
	private static List<String> violations(Page page) {
		return (List<String>) page.evaluate("window.__cspViolations");
	}
}
