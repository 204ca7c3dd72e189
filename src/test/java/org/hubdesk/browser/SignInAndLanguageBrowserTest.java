package org.hubdesk.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.hubdesk.identity.People;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Signing in and out through the forms, and the interface language: {@code ?uselang=} for one
 * view, the switcher for a saved choice, and a person's saved preference.
 */
class SignInAndLanguageBrowserTest extends BrowserTestSupport {

	private static final String ENGLISH_HEADING = "The help this hub offers";
	private static final String SWEDISH_HEADING = "Hjälpen som hubben erbjuder";

	@Autowired
	People people;

	/** staff starts in English, whatever an interrupted run against a kept database left behind. */
	@BeforeEach
	void staffPrefersEnglish() {
		people.byUsername("staff").ifPresent(staff -> people.changeLanguage(staff.getId(), "en"));
	}

	@Test
	void signInSwitchLanguageAndSignOut() {
		try (BrowserContext context = newContext()) {
			Page page = context.newPage();

			signIn(page, "staff");
			assertThat(page).hasURL(url(HUB));
			assertEnglish(page);

			page.navigate(HUB + "?uselang=sv");
			assertSwedish(page);
			page.navigate(HUB);
			assertEnglish(page);

			switchLanguage(page, "sv");
			assertThat(page).hasURL(url(HUB));
			assertSwedish(page);
			page.navigate("/account");
			assertThat(page.locator("html")).hasAttribute("lang", "sv");
			page.navigate(HUB);
			assertSwedish(page);

			switchLanguage(page, "en");
			assertEnglish(page);
			page.navigate(HUB);
			assertEnglish(page);

			signOut(page);
			assertThat(page.locator(".cdx-message--success")).hasText("You have signed out.");
			assertThat(page.locator(".session form[action$='/logout']")).hasCount(0);
		}
	}

	@Test
	void aSavedLanguagePreferenceAppliesOnSignIn() {
		try (BrowserContext context = newContext()) {
			Page page = context.newPage();
			page.navigate(HUB);
			assertEnglish(page);

			signIn(page, "requester");
			assertThat(page).hasURL(url(HUB));
			assertSwedish(page);
		}
	}

	@Test
	void aWrongPasswordShowsTheErrorAndKeepsTheUsername() {
		try (BrowserContext context = newContext()) {
			Page page = context.newPage();
			page.navigate("/login");
			page.fill("#username", "researcher");
			page.fill("#password", "not-the-password");
			page.click("form:has(#password) button[type=submit]");

			assertThat(page.locator(".cdx-message--error")).isVisible();
			assertThat(page.locator("#username")).hasValue("researcher");
			assertThat(page.locator("#password")).hasValue("");
			assertThat(page.locator(".session form[action$='/logout']")).hasCount(0);
		}
	}

	private String url(String path) {
		return "http://localhost:" + port + path;
	}

	private static void assertEnglish(Page page) {
		assertThat(page.locator("html")).hasAttribute("lang", "en");
		assertThat(page.locator("#needs")).hasText(ENGLISH_HEADING);
	}

	private static void assertSwedish(Page page) {
		assertThat(page.locator("html")).hasAttribute("lang", "sv");
		assertThat(page.locator("#needs")).hasText(SWEDISH_HEADING);
	}
}
