package org.hubdesk.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;

import org.junit.jupiter.api.Test;

class SameSiteRedirectTests {

	@Test
	void aPathOnThisSiteIsKeptAndWhatAnAddressMayNotHoldIsEncoded() {
		String path = SameSiteRedirect.path("/hubs/cp/desk?q={foo} ${7*7} %s %41 åäö", "/");
		assertThat(path).isEqualTo("/hubs/cp/desk?q=%7Bfoo%7D%20$%7B7*7%7D%20%25s%20%41%20%C3%A5%C3%A4%C3%B6");
		assertThat(URI.create(path).getRawQuery()).isEqualTo("q=%7Bfoo%7D%20$%7B7*7%7D%20%25s%20%41%20%C3%A5%C3%A4%C3%B6");
		assertThat(SameSiteRedirect.path("/hubs/cp/desk?state=TRIAGE&sort=newest#top", "/"))
			.isEqualTo("/hubs/cp/desk?state=TRIAGE&sort=newest#top");
		assertThat(SameSiteRedirect.path("/a%", "/")).isEqualTo("/a%25");
	}

	@Test
	void anythingElseGoesToTheFallback() {
		for (String elsewhere : new String[] { null, "", "https://example.org/", "//example.org/", "/\\example.org",
				"/a\nLocation: x", "desk" }) {
			assertThat(SameSiteRedirect.path(elsewhere, "/fallback")).as(String.valueOf(elsewhere)).isEqualTo("/fallback");
		}
	}
}
