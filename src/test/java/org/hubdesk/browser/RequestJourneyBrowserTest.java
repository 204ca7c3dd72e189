package org.hubdesk.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.UUID;
import java.util.regex.Pattern;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.options.FilePayload;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.hubdesk.identity.People;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A request's journey on a phone-sized screen: the requester submits it in Swedish with a file,
 * staff find it in the desk, reply with a canned reply, add an internal note and ask for more; the
 * requester sees the notification and answers, and never sees the note; another requester finds
 * nothing at its page, its file or its API address.
 */
class RequestJourneyBrowserTest extends BrowserTestSupport {

	/** The first bytes of a PNG image: enough for the hub to recognise the type. */
	private static final byte[] PNG = { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R',
			0, 0, 0, 1, 0, 0, 0, 1, 8, 6, 0, 0, 0, 0x1f, 0x15, (byte) 0xc4, (byte) 0x89 };

	private static final Pattern REQUEST_PAGE = Pattern.compile(".*/requests/\\d+(#.*)?$");

	@Autowired
	People people;

	@BeforeEach
	void languages() {
		people.byUsername("requester").ifPresent(p -> people.changeLanguage(p.getId(), "sv"));
		people.byUsername("staff").ifPresent(p -> people.changeLanguage(p.getId(), "en"));
	}

	@Test
	void requesterAndStaffTalkThroughARequest() {
		String title = "Kyrkor i Dalarna " + UUID.randomUUID().toString().substring(0, 6);
		String path;
		String attachment;
		try (BrowserContext context = phone()) {
			Page page = context.newPage();
			signIn(page, "requester");
			page.click(".site-nav a[href$='/requests/new']");
			assertThat(page.locator("h1")).hasText("Be hubben om hjälp");
			page.fill("#title", title);
			page.getByLabel("Massuppladdning till Wikimedia Commons").check();
			page.fill("#partnerName", "Dalarnas museum");
			page.fill("#partnerQid", "Q10479049");
			page.getByLabel("Klarerade för en fri licens").check();
			page.check("#platform-COMMONS");
			page.fill("#usefulnessPlan", "Artiklar om kyrkorna i Dalarna på svenskspråkiga Wikipedia.");
			assertThat(page.locator("#language")).hasValue("sv");
			page.setInputFiles("#files", new FilePayload("kyrka.png", "image/png", PNG));
			page.click("button[value=submit]");
			page.waitForURL(REQUEST_PAGE);
			assertThat(page.locator(".cdx-message--success")).containsText("Din förfrågan är inskickad");
			assertThat(page.locator("h1")).containsText(title);
			path = page.url().replaceFirst("^https?://[^/]+", "").replaceFirst("#.*$", "");
			assertThat(page.locator("#attachments")).containsText("kyrka.png");
			attachment = page.locator("#attachments a[href*='/attachments/']").first().getAttribute("href");
		}

		try (BrowserContext context = phone()) {
			Page page = context.newPage();
			signIn(page, "staff");
			page.click(".site-nav a[href$='/desk']");
			page.navigate(page.url() + "?sort=submitted&desc=true");
			page.click(".desk-row a:has-text('" + title + "')");
			page.waitForURL(REQUEST_PAGE);
			assertThat(page.locator("h1")).containsText(title);

			page.selectOption("#canned", new com.microsoft.playwright.options.SelectOption().setLabel("Tack, vi tittar på det (sv)"));
			page.click("form.canned-insert button[type=submit]");
			assertThat(page.locator("#reply-body")).hasValue(Pattern.compile("^Tack för att du vänder dig till hubben.*"));
			page.fill("#reply-body", page.inputValue("#reply-body") + " Hälsningar, Sam");
			page.click("form[action$='/messages'] button[type=submit]");
			page.waitForURL(REQUEST_PAGE);
			assertThat(page.locator("#timeline")).containsText("Hälsningar, Sam");

			page.check("#reply-internal");
			page.fill("#reply-body", "Check the museum's earlier licence talks first.");
			page.click("form[action$='/messages'] button[type=submit]");
			page.waitForURL(REQUEST_PAGE);
			assertThat(page.locator(".timeline__item--internal")).containsText("Check the museum's earlier licence talks first.");
			assertThat(page.locator(".timeline__item--internal .cdx-info-chip").first()).hasText("Internal note");

			assertThat(page.locator("#reply-public")).isChecked();
			page.fill("#reply-body", "Tack! Vi tittar på det.");
			page.click("form[action$='/messages'] button[type=submit]");
			page.waitForURL(REQUEST_PAGE);

			page.selectOption("#transition-to", "WAITING_FOR_REQUESTER");
			page.fill("#transition-reason", "Hur många kyrkor gäller det?");
			page.click("form[action$='/transition'] button[type=submit]");
			page.waitForURL(REQUEST_PAGE);
			assertThat(page.locator(".cdx-message--success")).hasText("The state is changed.");
			assertThat(page.locator("#timeline")).containsText("Hur många kyrkor gäller det?");
		}

		try (BrowserContext context = phone()) {
			Page page = context.newPage();
			signIn(page, "requester");
			assertThat(page.locator(".notifications-link .badge")).isVisible();
			page.click(".notifications-link");
			assertThat(page.locator(".notification-list")).containsText("Hubben har svarat");
			page.click(".notification-list button:has-text('" + title + "')");
			page.waitForURL(REQUEST_PAGE);
			page.click(".site-nav a[href$='/requests']");
			assertThat(page.locator(".request-list li", new Page.LocatorOptions().setHasText(title)))
				.containsText("Väntar på dig");
			page.click("text=" + title);
			page.waitForURL(REQUEST_PAGE);
			assertThat(page.locator("#timeline")).containsText("Tack! Vi tittar på det.");
			assertThat(page.locator("#timeline")).containsText("Hur många kyrkor gäller det?");
			assertThat(page.locator("main")).not().containsText("earlier licence talks");
			assertThat(page.locator(".timeline__item--internal")).hasCount(0);

			page.fill("#reply-body", "Ungefär 40 kyrkor.");
			page.click("form[action$='/messages'] button[type=submit]");
			page.waitForURL(REQUEST_PAGE);
			assertThat(page.locator("#timeline")).containsText("Ungefär 40 kyrkor.");
			assertThat(page.locator("#timeline")).containsText("Läget ändrades från Väntar på frågeställaren till Granskas");
			assertThat(page.locator("main")).not().containsText("earlier licence talks");
			assertThat(page.locator("a[href='https://www.wikidata.org/wiki/Q10479049']")).hasCount(1);
		}

		try (BrowserContext context = phone()) {
			Page page = context.newPage();
			signIn(page, "requester2");
			Response response = page.navigate(path);
			assertEquals(404, response.status());
			assertThat(page.locator("main")).not().containsText(title);
			assertEquals(404, page.navigate(attachment).status());
			String number = path.substring(path.lastIndexOf('/') + 1);
			assertEquals(404, context.request().get("/api/v1/hubs/content-partnerships/requests/" + number).status());
		}
	}

	private BrowserContext phone() {
		return newContext(new Browser.NewContextOptions().setViewportSize(360, 740));
	}
}
