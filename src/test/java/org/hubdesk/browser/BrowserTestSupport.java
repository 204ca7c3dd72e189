package org.hubdesk.browser;

import java.nio.file.Paths;
import java.util.List;
import java.util.Map;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * What every browser test shares: the application running with the demo data on a random port,
 * one configuration for all browser test classes (so Spring starts it once), and Debian's
 * Chromium driven by Playwright. Playwright never downloads a browser of its own here.
 */
@Tag("browser")
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = {
		"hubdesk.data-dir=${java.io.tmpdir}/hubdesk-browser-${random.uuid}",
		"spring.datasource.url=${HUBDESK_DB_URL:jdbc:h2:mem:browser-${random.uuid};DB_CLOSE_DELAY=-1}" })
@ActiveProfiles("demo")
abstract class BrowserTestSupport {

	static final String HUB = "/hubs/content-partnerships";
	static final String DEMO_PASSWORD = "demo";

	private static final String CHROMIUM = "/usr/bin/chromium";
	private static final List<String> CHROMIUM_ARGS = List.of("--no-sandbox", "--disable-background-networking",
			"--disable-gpu", "--disable-component-update", "--disable-sync", "--no-first-run");

	private static Playwright playwright;
	private static Browser browser;

	@LocalServerPort
	int port;

	@BeforeAll
	static void launchChromium() {
		playwright = Playwright.create(
				new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
		browser = playwright.chromium()
			.launch(new BrowserType.LaunchOptions().setExecutablePath(Paths.get(CHROMIUM))
				.setHeadless(true)
				.setArgs(CHROMIUM_ARGS));
	}

	@AfterAll
	static void closeChromium() {
		if (playwright != null) {
			playwright.close();
		}
		playwright = null;
		browser = null;
	}

	/** A fresh browser profile (no cookies) whose browser asks for English, as most visitors do. */
	BrowserContext newContext() {
		return newContext(new Browser.NewContextOptions());
	}

	BrowserContext newContext(Browser.NewContextOptions options) {
		BrowserContext context = browser.newContext(options.setBaseURL("http://localhost:" + port).setLocale("en-US"));
		context.setDefaultTimeout(15_000);
		return context;
	}

	/** Signs in through the sign-in form and waits until the form has sent the person on. */
	static void signIn(Page page, String username, String password) {
		page.navigate("/login");
		page.fill("#username", username);
		page.fill("#password", password);
		page.click("form:has(#password) button[type=submit]");
		page.waitForURL(url -> !url.contains("/login"));
	}

	static void signIn(Page page, String username) {
		signIn(page, username, DEMO_PASSWORD);
	}

	/** Chooses a language with the header's switcher and applies it. */
	static void switchLanguage(Page page, String tag) {
		page.selectOption("#language-switcher", tag);
		page.click("form.language-switcher button[type=submit]");
	}

	static void signOut(Page page) {
		page.click(".session form[action$='/logout'] button[type=submit]");
	}
}
