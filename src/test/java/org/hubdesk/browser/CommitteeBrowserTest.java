package org.hubdesk.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.util.regex.Pattern;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;

/**
 * The committee at work on a phone-sized screen, on the demo's coming agenda: {@code member1} is
 * conflicted on {@code requester}'s request and sees no score or discussion; {@code member2} sees
 * {@code member3}'s score only after submitting their own; the chair records a decision, which
 * {@code requester} reads on the request's timeline in Swedish; the ranking explains its rows, and
 * signed out the decision is in the public log.
 */
class CommitteeBrowserTest extends BrowserTestSupport {

	private static final Pattern REVIEW_PAGE = Pattern.compile(".*/committee/requests/\\d+$");

	@Test
	void theCommitteeReviewsDecidesAndShowsWhy() {
		String gotland;
		try (BrowserContext context = phone()) {
			Page page = context.newPage();
			signIn(page, "member1");
			gotland = open(page, "Gotland church inventories");
			assertThat(page.locator(".cdx-message--warning")).containsText("Du är jävig i denna förfrågan");
			assertThat(page.locator("#scores-heading")).hasCount(0);
			assertThat(page.locator("#discussion-heading")).hasCount(0);
			assertThat(page.locator("main")).not().containsText("Kommitténs skäl");
		}

		try (BrowserContext context = phone()) {
			Page page = context.newPage();
			signIn(page, "member3");
			open(page, "Amazon herbarium specimens");
			score(page, "member3 thinks the specimens data is rich");
		}

		try (BrowserContext context = phone()) {
			Page page = context.newPage();
			signIn(page, "member2");
			open(page, "Amazon herbarium specimens");
			assertThat(page.locator("main")).not().containsText("member3 thinks the specimens data is rich");
			score(page, "member2 agrees");
			assertThat(page.locator("main")).containsText("member3 thinks the specimens data is rich");
		}

		String number = gotland.replaceFirst(".*/", "");
		try (BrowserContext context = phone()) {
			Page page = context.newPage();
			signIn(page, "chair");
			page.navigate(gotland);
			page.selectOption("#decision-outcome", "ACCEPT");
			page.fill("#reasons", "The inventories fill Wikidata's gaps on Gotland's churches.");
			page.fill("#publicSummary", "Accepted: Gotland's church inventories for Wikidata.");
			page.click("form[action$='/decision'] button[type=submit]");
			page.waitForURL(REVIEW_PAGE);
			assertThat(page.locator(".cdx-message--success")).containsText("The decision is recorded");

			page.navigate(HUB + "/committee/ranking");
			Locator why = page.locator("details.why-here").first();
			why.locator("summary").click();
			assertThat(why).containsText("Score S =");
			assertThat(why).containsText("Equity E =");
		}

		try (BrowserContext context = phone()) {
			Page page = context.newPage();
			signIn(page, "requester");
			page.navigate(HUB + "/requests/" + number);
			assertThat(page.locator("#timeline")).containsText("Kommittén beslutade: Bevilja (bedömningsmall version 1).");
			assertThat(page.locator("#timeline")).containsText("Kommittén har beslutat att hjälpa er med");
		}

		try (BrowserContext context = phone()) {
			Page page = context.newPage();
			page.navigate(HUB + "/decisions");
			assertThat(page.locator("main")).containsText("Accepted: Gotland's church inventories for Wikidata.");
			assertThat(page.locator("main")).not().containsText("Wikidata's gaps");
		}
	}

	/** Opens the review page of the request on the committee's queue whose title starts so; returns its path. */
	private static String open(Page page, String title) {
		page.navigate(HUB + "/committee");
		page.click("table a:has-text('" + title + "')");
		page.waitForURL(REVIEW_PAGE);
		return page.url().replaceFirst("^https?://[^/]+", "");
	}

	/** Scores every criterion: 4 on the scale, yes on the gates; the first comment says who. */
	private static void score(Page page, String comment) {
		Locator selects = page.locator("form[action$='/review'] select");
		for (int i = 0; i < selects.count(); i++) {
			Locator select = selects.nth(i);
			select.selectOption(select.locator("option[value='4']").count() > 0 ? "4" : "1");
		}
		page.locator("form[action$='/review'] textarea").first().fill(comment);
		page.click("form[action$='/review'] button[type=submit]");
		page.waitForURL(REVIEW_PAGE);
		assertThat(page.locator(".cdx-message--success")).isVisible();
	}

	private BrowserContext phone() {
		return newContext(new Browser.NewContextOptions().setViewportSize(360, 740));
	}
}
