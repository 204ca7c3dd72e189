package org.hubdesk.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.util.regex.Pattern;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import org.hubdesk.identity.People;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Staff search the hub in Swedish from the header, see the matches marked, and open a result. */
class SearchBrowserTest extends BrowserTestSupport {

	@Autowired
	People people;

	@BeforeEach
	void swedishStaff() {
		people.byUsername("staff").ifPresent(p -> people.changeLanguage(p.getId(), "sv"));
	}

	@Test
	void staffSearchInSwedishAndOpenAResult() {
		try (BrowserContext context = newContext(new Browser.NewContextOptions().setViewportSize(360, 740))) {
			Page page = context.newPage();
			signIn(page, "staff");
			page.navigate(HUB);
			page.fill("#header-search", "kartorna");
			page.click("form.header-search button[type=submit]");
			page.waitForURL(Pattern.compile(".*/search\\?q=kartorna.*"));
			assertThat(page.locator("h1")).hasText("Sök");
			assertThat(page.locator(".search-hit mark").first()).isVisible();
			assertThat(page.locator(".search-hit").first()).containsText("Kartor från Riksarkivet");
			page.click(".search-hit a:has-text('Kartor från Riksarkivet')");
			page.waitForURL(Pattern.compile(".*/requests/\\d+$"));
			assertThat(page.locator("h1")).containsText("Kartor från Riksarkivet");
		}
		finally {
			people.byUsername("staff").ifPresent(p -> people.changeLanguage(p.getId(), "en"));
		}
	}
}
