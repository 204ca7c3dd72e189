package org.hubdesk.browser;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.assertions.LocatorAssertions;
import org.hubdesk.ImpactStubs;
import org.hubdesk.hub.Hubs;
import org.hubdesk.request.RequestState;
import org.hubdesk.request.Requests;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Usefulness on the platforms on a phone-sized screen, against a local Commons: {@code staff} adds a
 * category to an accepted request of the demo, has it read, sees its figures and its chart, and makes
 * a share link of the partner report; signed out, the link opens the report; once {@code staff}
 * revokes it, the link answers 404.
 */
class ImpactBrowserTest extends BrowserTestSupport {

	@Autowired
	Hubs hubs;

	@Autowired
	Requests requests;

	@Test
	void staffMeasureACategoryAndShareThePartnerReport() {
		ImpactStubs.stubMaps();
		int number = requests.inState(hubs.bySlug("content-partnerships").orElseThrow(), RequestState.ACCEPTED).get(0)
			.getNumber();
		String impact = HUB + "/requests/" + number + "/impact";
		String link;
		try (BrowserContext context = phone()) {
			Page page = context.newPage();
			signIn(page, "staff");
			page.navigate(HUB + "/requests/" + number);
			page.click("#impact-panel-heading ~ p a");
			page.waitForURL(url -> url.endsWith("/impact"));

			page.check("input[name=kind][value=COMMONS_CATEGORY]");
			page.fill("#title", "Maps of the Example Archive");
			page.fill("#depth", "0");
			page.click("form[action$='/impact/targets'] button[type=submit]");
			assertThat(page.locator(".cdx-message--success")).containsText("The target was added");

			page.click("form[action$='/impact/refresh'] button[type=submit]");
			Locator maps = page.locator("li.entry:has(a:text-is('" + ImpactStubs.MAPS + "'))");
			// the page follows the reading and shows the figures once they are in
			assertThat(maps.locator("dl.facts")).containsText("Files in use", new LocatorAssertions.ContainsTextOptions()
				.setTimeout(20_000));
			assertThat(maps.locator("dl.facts")).containsText("66.7");
			assertThat(page.locator("#charts-heading ~ figure svg").first()).isVisible();
			assertThat(page.locator("#top-heading ~ div table")).isVisible();

			page.click("form[action$='/impact/shares'] button[type=submit]");
			assertThat(page.locator(".cdx-message--success")).containsText("A share link was made");
			link = page.locator("a.share-link").first().getAttribute("href");
		}

		try (BrowserContext context = phone()) {
			Page page = context.newPage();
			Response opened = page.navigate(link);
			assertThat(opened.status()).isEqualTo(200);
			assertThat(page.locator("h1")).containsText("on the Wikimedia platforms");
			assertThat(page.locator("#report-targets-heading ~ div")).containsText(ImpactStubs.MAPS);
			assertThat(page.locator("main")).not().containsText("Add a target");
			assertThat(page.locator("form[action$='/impact/targets']")).hasCount(0);
		}

		try (BrowserContext context = phone()) {
			Page page = context.newPage();
			signIn(page, "staff");
			page.navigate(impact);
			page.locator("form[action*='/shares/'][action$='/revoke'] button").first().click();
			assertThat(page.locator(".cdx-message--success")).containsText("revoked");
		}

		try (BrowserContext context = phone()) {
			Page page = context.newPage();
			assertThat(page.navigate(link).status()).isEqualTo(404);
		}
	}

	private BrowserContext phone() {
		return newContext(new Browser.NewContextOptions().setViewportSize(360, 740));
	}
}
