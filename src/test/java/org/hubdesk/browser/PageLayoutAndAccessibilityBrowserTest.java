package org.hubdesk.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Stream;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import org.hubdesk.browser.CheckedPages.CheckedPage;

/**
 * Every page in {@link CheckedPages}, on a desktop and on a narrow phone screen: it never scrolls
 * sideways, and axe-core finds nothing serious or critical in it.
 */
class PageLayoutAndAccessibilityBrowserTest extends BrowserTestSupport {

	record Screen(String name, int width, int height) {

		@Override
		public String toString() {
			return name + " " + width + "x" + height;
		}
	}

	static final List<Screen> SCREENS = List.of(new Screen("desktop", 1280, 800), new Screen("phone", 360, 740));

	/** What overflows the viewport to the right, to name in a failure. */
	private static final String WIDER_THAN_VIEWPORT = """
			() => {
			  const width = document.documentElement.clientWidth;
			  return [...document.body.querySelectorAll('*')]
			    .filter(e => e.getBoundingClientRect().right > width + 0.5)
			    .slice(0, 10)
			    .map(e => e.tagName.toLowerCase() + (e.id ? '#' + e.id : '')
			      + [...e.classList].map(c => '.' + c).join('')
			      + ' right=' + Math.round(e.getBoundingClientRect().right));
			}""";

	static Stream<Arguments> pagesOnScreens() {
		return CheckedPages.ALL.stream().flatMap(page -> SCREENS.stream().map(screen -> Arguments.of(page, screen)));
	}

	@ParameterizedTest(name = "{0} on {1}")
	@MethodSource("pagesOnScreens")
	void fitsTheScreenAndPassesAxe(CheckedPage checked, Screen screen) {
		try (BrowserContext context = newContext(
				new Browser.NewContextOptions().setViewportSize(screen.width(), screen.height()).setBypassCSP(true))) {
			Page page = context.newPage();
			open(page, checked);

			int scrollWidth = ((Number) page.evaluate("document.documentElement.scrollWidth")).intValue();
			int clientWidth = ((Number) page.evaluate("document.documentElement.clientWidth")).intValue();
			assertTrue(scrollWidth <= clientWidth, () -> checked + " on " + screen + " scrolls sideways: scrollWidth "
					+ scrollWidth + " > " + clientWidth + "; too wide: " + page.evaluate(WIDER_THAN_VIEWPORT));

			List<String> violations = Axe.seriousViolations(page);
			assertTrue(violations.isEmpty(), () -> "axe on " + checked + " on " + screen + " found "
					+ violations.size() + " serious or critical violation(s):\n  " + String.join("\n  ", violations));
		}
	}

	private static void open(Page page, CheckedPage checked) {
		if (checked.visitor().signedIn()) {
			signIn(page, checked.visitor().username());
		}
		Response response = page.navigate(checked.path());
		assertEquals(checked.status(), response.status(), () -> "status of " + checked);
		if (!checked.path().equals("/login")) {
			assertTrue(!page.url().contains("/login"), () -> checked + " was sent to sign in: " + page.url());
		}
		assertThat(page.locator("main#content")).isVisible();
	}
}
