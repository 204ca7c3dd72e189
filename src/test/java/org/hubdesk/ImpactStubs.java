package org.hubdesk;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

import com.github.tomakehurst.wiremock.client.MappingBuilder;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;

/**
 * Commons' answers about the categories of the impact tests, on the {@link PlatformStub}, from the
 * fixtures under {@code src/test/resources/impact} (real answers' shapes, {@code formatversion=2}):
 * "Category:Maps of the Example Archive" with three files (two used on Wikipedia and Wikidata, one
 * only on Commons itself), and "Category:Maps nobody made", which Commons does not have.
 */
public final class ImpactStubs {

	public static final String MAPS = "Category:Maps of the Example Archive";
	public static final String GONE = "Category:Maps nobody made";

	private ImpactStubs() {
	}

	/** Commons knows the maps' category and has no other. */
	public static void stubMaps() {
		PlatformStub.server().stubFor(query().withQueryParam("prop", equalTo("categoryinfo"))
			.withQueryParam("titles", equalTo(MAPS)).willReturn(json("maps-exists.json")));
		PlatformStub.server().stubFor(query().withQueryParam("generator", equalTo("categorymembers"))
			.withQueryParam("gcmtitle", equalTo(MAPS)).willReturn(json("maps-files.json")));
		PlatformStub.server().stubFor(query().withQueryParam("prop", equalTo("categoryinfo"))
			.withQueryParam("titles", equalTo(GONE)).willReturn(json("gone-exists.json")));
	}

	/** How many requests the stub was asked about this category's files. */
	public static int fileRequests(String category) {
		return PlatformStub.server().findAll(com.github.tomakehurst.wiremock.client.WireMock
			.getRequestedFor(urlPathEqualTo(PlatformStub.API)).withQueryParam("gcmtitle", equalTo(category))).size();
	}

	private static MappingBuilder query() {
		return get(urlPathEqualTo(PlatformStub.API)).withQueryParam("action", equalTo("query"));
	}

	private static com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder json(String name) {
		try (InputStream in = ImpactStubs.class.getResourceAsStream("/impact/" + name)) {
			String body = new String(in.readAllBytes(), StandardCharsets.UTF_8);
			return aResponse().withStatus(200).withHeader("Content-Type", "application/json; charset=utf-8").withBody(body);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}
}
