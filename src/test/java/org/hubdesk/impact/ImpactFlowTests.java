package org.hubdesk.impact;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.jayway.jsonpath.JsonPath;
import org.hubdesk.ImpactStubs;
import org.hubdesk.SignedIn;
import org.hubdesk.request.HelpRequest;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A request's usefulness on the platforms end to end, against a local Commons: a target added to an
 * accepted request is read in the background (one request for its files: three fit one batch) and
 * its snapshot has exactly the fixture's figures; a failed refresh keeps the snapshot and shows the
 * error; bad input is refused with the field at fault and changes nothing; the partner report opens
 * by its share link signed out until the link is revoked.
 */
class ImpactFlowTests extends ImpactTestSupport {

	@Test
	void aCategoryIsReadInTheBackgroundAndItsSnapshotHasTheFixturesFigures() throws Exception {
		HelpRequest request = f.accepted("Maps of Gotland");
		int before = ImpactStubs.fileRequests(ImpactStubs.MAPS);
		String created = body(send(post(f.api(request.getNumber()) + "/targets"), f.requester,
				target("COMMONS_CATEGORY", "maps of the Example Archive", 0))
			.andExpect(status().isCreated())
			.andExpect(header().exists(HttpHeaders.LOCATION))
			.andExpect(jsonPath("$.title").value(ImpactStubs.MAPS))
			.andExpect(jsonPath("$.refreshing").value(true)));
		assertThat(created).contains("\"kind\":\"COMMONS_CATEGORY\"");

		String impact = settled(request.getNumber());
		assertThat(JsonPath.<Integer>read(impact, "$.targets[0].latest.files")).isEqualTo(3);
		assertThat(JsonPath.<Integer>read(impact, "$.targets[0].latest.filesInUse")).isEqualTo(2);
		assertThat(JsonPath.<Double>read(impact, "$.targets[0].latest.shareInUse")).isCloseTo(2.0 / 3, within());
		assertThat(JsonPath.<Integer>read(impact, "$.targets[0].latest.distinctPages")).isEqualTo(3);
		assertThat(JsonPath.<Integer>read(impact, "$.targets[0].latest.distinctWikis")).isEqualTo(3);
		assertThat(JsonPath.<Integer>read(impact, "$.targets[0].latest.mainNamespaceUses")).isEqualTo(4);
		assertThat(JsonPath.<List<String>>read(impact, "$.targets[0].latest.topPages[*].title"))
			.containsExactly("History of Gotland", "Gotland", "Q1234567");
		assertThat(JsonPath.<Integer>read(impact, "$.targets[0].latest.topPages[0].files")).isEqualTo(2);
		assertThat(JsonPath.<List<Object>>read(impact, "$.targets[0].snapshots")).hasSize(1);
		assertThat(ImpactStubs.fileRequests(ImpactStubs.MAPS) - before).isEqualTo(1);

		// the page shows the figures and the chart, in the reader's language
		String page = f.mvc.perform(get(f.page(request.getNumber())).with(SignedIn.as(f.people,
				f.requesterPerson.getUsername())).queryParam("uselang", "sv"))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		assertThat(page).contains("Filer som används").contains("<svg").contains("History of Gotland");

		// on the request's timeline, for its readers
		String timeline = f.mvc.perform(get("/hubs/" + f.hub.getSlug() + "/requests/" + request.getNumber())
				.with(SignedIn.as(f.people, f.requesterPerson.getUsername())).queryParam("uselang", "en"))
			.andReturn().getResponse().getContentAsString();
		assertThat(timeline).contains("Target added: " + ImpactStubs.MAPS);
	}

	@Test
	void aFailedRefreshKeepsThePreviousSnapshotAndShowsTheError() throws Exception {
		HelpRequest request = f.accepted("Maps that vanish");
		send(post(f.api(request.getNumber()) + "/targets"), f.staff, target("COMMONS_CATEGORY", ImpactStubs.MAPS, 0))
			.andExpect(status().isCreated());
		settled(request.getNumber());
		// Commons loses the category: the next reading fails, the snapshot stays
		com.github.tomakehurst.wiremock.stubbing.StubMapping gone = org.hubdesk.PlatformStub.server().stubFor(
				com.github.tomakehurst.wiremock.client.WireMock.get(
						com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo(org.hubdesk.PlatformStub.API))
					.atPriority(1)
					.withQueryParam("titles", com.github.tomakehurst.wiremock.client.WireMock.equalTo(ImpactStubs.MAPS))
					.willReturn(com.github.tomakehurst.wiremock.client.WireMock.aResponse().withStatus(200)
						.withHeader("Content-Type", "text/html").withBody("<html>Wikimedia Error</html>")));
		try {
			call(post(f.api(request.getNumber()) + "/refresh"), f.staff).andExpect(status().isAccepted())
				.andExpect(jsonPath("$.targets[0].refreshing").value(true));
			String impact = settled(request.getNumber());
			assertThat(JsonPath.<String>read(impact, "$.targets[0].lastErrorKind")).isEqualTo("BAD_ANSWER");
			assertThat(JsonPath.<Integer>read(impact, "$.targets[0].latest.files")).isEqualTo(3);
			String page = f.mvc.perform(get(f.page(request.getNumber())).with(SignedIn.as(f.people,
					f.staffPerson.getUsername())).queryParam("uselang", "en"))
				.andReturn().getResponse().getContentAsString();
			assertThat(page).contains("The platform answered something that could not be read.")
				.contains("The figures below are from the last reading that worked.");
		}
		finally {
			org.hubdesk.PlatformStub.server().removeStub(gone);
		}
	}

	@Test
	void aMissingCategoryIsShownAsMissing() throws Exception {
		HelpRequest request = f.accepted("Maps nobody made");
		send(post(f.api(request.getNumber()) + "/targets"), f.staff, target("COMMONS_CATEGORY", ImpactStubs.GONE, 0))
			.andExpect(status().isCreated());
		String impact = settled(request.getNumber());
		assertThat(JsonPath.<String>read(impact, "$.targets[0].lastErrorKind")).isEqualTo("NOT_FOUND");
		assertThat(JsonPath.<Object>read(impact, "$.targets[0].latest")).isNull();
		// the page and the partner report show the target without figures, and say why
		String page = f.mvc.perform(get(f.page(request.getNumber())).with(SignedIn.as(f.people,
				f.staffPerson.getUsername())).queryParam("uselang", "en"))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		assertThat(page).contains("The platform has no such category or item.");
		f.mvc.perform(get(f.page(request.getNumber()) + "/report").with(SignedIn.as(f.people,
				f.staffPerson.getUsername()))).andExpect(status().isOk());
		f.mvc.perform(get(f.page(request.getNumber()) + "/report.pdf").with(SignedIn.as(f.people,
				f.staffPerson.getUsername()))).andExpect(status().isOk());
	}

	@Test
	void badInputIsRefusedWithTheFieldAtFaultAndChangesNothing() throws Exception {
		HelpRequest accepted = f.accepted("Maps with typos");
		String api = f.api(accepted.getNumber()) + "/targets";
		send(post(api), f.staff, target("COMMONS_CATEGORY", "Maps [of] everything", 0))
			.andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("title"));
		send(post(api), f.staff, target("COMMONS_CATEGORY", ImpactStubs.MAPS, 4))
			.andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("depth"));
		send(post(api), f.staff, target("PAGE_VIEWS", ImpactStubs.MAPS, 0))
			.andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("kind"));
		Map<String, Object> items = new LinkedHashMap<>();
		items.put("kind", "WIKIDATA_ITEMS");
		items.put("items", List.of("Q42", "not an item"));
		send(post(api), f.staff, items)
			.andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("items"));
		HelpRequest triage = f.inTriage("Maps not yet accepted");
		send(post(f.api(triage.getNumber()) + "/targets"), f.staff, target("COMMONS_CATEGORY", ImpactStubs.MAPS, 0))
			.andExpect(status().isConflict());
		call(get(f.api(accepted.getNumber())), f.staff).andExpect(jsonPath("$.targets").isEmpty());

		// on the page, the form comes back with what was typed and what is wrong, in the person's language
		String page = f.mvc.perform(post(f.page(accepted.getNumber()) + "/targets")
				.with(SignedIn.as(f.people, f.staffPerson.getUsername())).with(csrf()).queryParam("uselang", "sv")
				.param("kind", "COMMONS_CATEGORY").param("title", "Kartor").param("depth", "nio"))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		assertThat(page).contains("value=\"Kartor\"").contains("value=\"nio\"")
			.contains("Ange ett antal nivåer av underkategorier från 0 till 3.");
	}

	@Test
	void othersGetNotFoundAndTheRequesterRemovesATarget() throws Exception {
		HelpRequest request = f.accepted("Maps for the requester only");
		String created = body(send(post(f.api(request.getNumber()) + "/targets"), f.requester,
				target("COMMONS_CATEGORY", ImpactStubs.MAPS, 0)).andExpect(status().isCreated()));
		int id = JsonPath.read(created, "$.id");
		call(get(f.api(request.getNumber())), f.stranger).andExpect(status().isNotFound());
		call(delete(f.api(request.getNumber()) + "/targets/" + id), f.stranger).andExpect(status().isNotFound());
		call(post(f.api(request.getNumber()) + "/refresh"), f.stranger).andExpect(status().isNotFound());
		f.mvc.perform(get(f.page(request.getNumber())).with(SignedIn.as(f.people, f.strangerPerson.getUsername())))
			.andExpect(status().isNotFound());
		settled(request.getNumber());
		call(delete(f.api(request.getNumber()) + "/targets/" + id), f.requester).andExpect(status().isNoContent());
		call(get(f.api(request.getNumber())), f.requester).andExpect(jsonPath("$.targets").isEmpty());
	}

	@Test
	void thePartnerReportOpensByItsShareLinkSignedOutUntilRevoked() throws Exception {
		HelpRequest request = f.accepted("Maps for the partner");
		send(post(f.api(request.getNumber()) + "/targets"), f.staff, target("COMMONS_CATEGORY", ImpactStubs.MAPS, 0))
			.andExpect(status().isCreated());
		settled(request.getNumber());
		String staff = f.staffPerson.getUsername();
		f.mvc.perform(post(f.page(request.getNumber()) + "/shares").with(SignedIn.as(f.people, staff)).with(csrf())
			.param("language", "sv")).andExpect(status().is3xxRedirection());
		String page = f.mvc.perform(get(f.page(request.getNumber())).with(SignedIn.as(f.people, staff))
				.queryParam("uselang", "en"))
			.andReturn().getResponse().getContentAsString();
		String link = page.replaceFirst("(?s).*class=\"share-link\" href=\"([^\"]+)\".*", "$1").replace("&amp;", "&");
		assertThat(link).startsWith("/impact/reports/").endsWith("uselang=sv");

		String report = f.mvc.perform(get(link)).andExpect(status().isOk())
			.andExpect(header().string("Referrer-Policy", "no-referrer"))
			.andReturn().getResponse().getContentAsString();
		assertThat(report).contains("Innehållet från Example Archive på Wikimedias plattformar")
			.contains("Filer som används").contains("History of Gotland").contains("<svg")
			.doesNotContain(f.requesterPerson.getUsername()).doesNotContain(f.staffPerson.getUsername())
			.doesNotContain("moved for the test");
		String token = link.replaceFirst("/impact/reports/([^?]+).*", "$1");
		byte[] pdf = f.mvc.perform(get("/impact/reports/" + token + "/pdf")).andExpect(status().isOk())
			.andExpect(header().string(HttpHeaders.CONTENT_TYPE, MediaType.APPLICATION_PDF_VALUE))
			.andReturn().getResponse().getContentAsByteArray();
		assertThat(new String(pdf, 0, 5, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("%PDF-");

		String shareId = page.replaceFirst("(?s).*/shares/(\\d+)/revoke.*", "$1");
		f.mvc.perform(post(f.page(request.getNumber()) + "/shares/" + shareId + "/revoke")
			.with(SignedIn.as(f.people, staff)).with(csrf())).andExpect(status().is3xxRedirection());
		f.mvc.perform(get(link)).andExpect(status().isNotFound());
		f.mvc.perform(get("/impact/reports/" + token + "/pdf")).andExpect(status().isNotFound());
		f.mvc.perform(get("/impact/reports/not-a-token")).andExpect(status().isNotFound());
	}
}
