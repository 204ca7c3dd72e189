package org.hubdesk.needs.internal.exchange;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** What is not a codebook is refused whole, with a message key the bundles hold. */
class QdaImportRefusalTests {

	private static final String HEAD = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n";

	@Test
	void anHtmlFileIsNotACodebook() throws IOException {
		assertRefused(resource("not-a-codebook.html"), "needs.exchange.not-a-codebook");
		assertRefused(bytes("<html><body><p>Capacity</p></body></html>"), "needs.exchange.not-a-codebook");
	}

	@Test
	void aCodebookWithADocumentTypeIsNeverParsed() throws IOException {
		assertRefused(resource("external-entity.qdc"), "needs.exchange.doctype");
		String laughs = "<?xml version=\"1.0\" encoding=\"UTF-16\"?><!DOCTYPE CodeBook [<!ENTITY a \"aaaaaaaaaa\">"
				+ "<!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\">]>"
				+ "<CodeBook xmlns=\"urn:QDA-XML:codebook:1.0\"><Codes><Code guid=\"7c9e6679-7425-40de-944b-e07fc1f90ae7\""
				+ " name=\"&b;\" isCodable=\"true\"/></Codes></CodeBook>";
		assertRefused(laughs.getBytes(StandardCharsets.UTF_16), "needs.exchange.not-a-codebook");
	}

	@Test
	void anEmptyFileIsRefused() throws IOException {
		assertRefused(resource("empty.qdc"), "needs.exchange.empty");
		assertRefused(bytes(" \n\t"), "needs.exchange.empty");
	}

	@Test
	void otherXmlIsNotACodebook() {
		assertRefused(bytes(HEAD + "<Project xmlns=\"urn:QDA-XML:project:1.0\" name=\"x\"/>"), "needs.exchange.not-a-codebook");
		assertRefused(bytes(HEAD + "<CodeBook><Codes/></CodeBook>"), "needs.exchange.not-a-codebook");
		assertRefused(bytes(HEAD + "<CodeBook xmlns=\"urn:QDA-XML:codebook:1.0\"/>"), "needs.exchange.not-a-codebook");
		assertRefused(bytes(HEAD + "<CodeBook xmlns=\"urn:QDA-XML:codebook:1.0\"><Codes>"), "needs.exchange.not-a-codebook");
	}

	@Test
	void aBadCodeLaterInTheFileLeavesNothingHalfRead() {
		AtomicReference<List<CodeNode>> result = new AtomicReference<>();
		String file = codebook(code("7c9e6679-7425-40de-944b-e07fc1f90ae7", "Capacity")
				+ code("a3bb189e-8bf9-3888-9912-ace4e6543002", "Training") + code("not-a-guid", "Tools"));
		ExchangeException refusal = catchThrowableOfType(
				() -> result.set(QdcCodebook.read(new ByteArrayInputStream(bytes(file)), "en")), ExchangeException.class);
		assertThat(refusal.messageKey()).isEqualTo("needs.exchange.invalid-code");
		assertThat(refusal.arguments()).containsExactly(3);
		assertThat(result).hasNullValue();
		assertRefused(bytes(codebook(code("7c9e6679-7425-40de-944b-e07fc1f90ae7", " "))), "needs.exchange.invalid-code", 1);
	}

	@Test
	void twoCodesWithOneGuidAreRefused() {
		String file = codebook(code("7c9e6679-7425-40de-944b-e07fc1f90ae7", "Capacity")
				+ code("{7C9E6679-7425-40DE-944B-E07FC1F90AE7}", "Again"));
		assertRefused(bytes(file), "needs.exchange.duplicate-guid", "7C9E6679-7425-40DE-944B-E07FC1F90AE7");
	}

	@Test
	void absurdSizesAreRefused() {
		byte[] large = new byte[SafeXml.MAX_BYTES + 1];
		java.util.Arrays.fill(large, (byte) ' ');
		assertRefused(large, "needs.exchange.too-large", 5);
		StringBuilder deep = new StringBuilder();
		for (int i = 0; i < 30; i++) {
			deep.append(String.format("<Code guid=\"00000000-0000-4000-8000-%012d\" name=\"x\" isCodable=\"true\">", i));
		}
		deep.append("</Code>".repeat(30));
		assertRefused(bytes(codebook(deep.toString())), "needs.exchange.too-deep", QdcCodebook.MAX_DEPTH);
		assertRefused(bytes(codebook(code("7c9e6679-7425-40de-944b-e07fc1f90ae7", "n".repeat(301)))),
				"needs.exchange.name-too-long", "n".repeat(40) + "…", 300);
		StringBuilder many = new StringBuilder();
		for (int i = 0; i <= QdcCodebook.MAX_CODES; i++) {
			many.append(code(String.format("00000000-0000-4000-8000-%012d", i), "c" + i));
		}
		assertRefused(bytes(codebook(many.toString())), "needs.exchange.too-many-codes", QdcCodebook.MAX_CODES);
	}

	private static void assertRefused(byte[] file, String key, Object... arguments) {
		ExchangeException refusal = catchThrowableOfType(
				() -> QdcCodebook.read(new ByteArrayInputStream(file), "en"), ExchangeException.class);
		assertThat(refusal).as("refusal of a file that should be %s", key).isNotNull();
		assertThat(refusal.messageKey()).isEqualTo(key);
		assertThat(refusal.arguments()).containsExactly(arguments);
		assertThat(refusal.getField()).isEqualTo("file");
		for (String bundle : List.of("messages", "messages_sv")) {
			assertThat(bundle(bundle)).as("%s in %s", key, bundle).containsKey(key);
		}
		System.out.println("Refused: " + key + " " + List.of(arguments).toString().replaceAll("n{40}", "n…"));
	}

	private static String codebook(String codes) {
		return HEAD + "<CodeBook xmlns=\"urn:QDA-XML:codebook:1.0\"><Codes>" + codes + "</Codes></CodeBook>";
	}

	private static String code(String guid, String name) {
		return "<Code guid=\"" + guid + "\" name=\"" + name + "\" isCodable=\"true\"/>";
	}

	private static byte[] bytes(String text) {
		return text.getBytes(StandardCharsets.UTF_8);
	}

	private static byte[] resource(String name) throws IOException {
		try (InputStream in = QdaImportRefusalTests.class.getResourceAsStream("/needs/" + name)) {
			return in.readAllBytes();
		}
	}

	private static Properties bundle(String name) {
		Properties properties = new Properties();
		try (InputStream in = QdaImportRefusalTests.class.getResourceAsStream("/i18n/needs/" + name + ".properties")) {
			properties.load(new InputStreamReader(in, Charset.forName("UTF-8")));
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
		return properties;
	}
}
