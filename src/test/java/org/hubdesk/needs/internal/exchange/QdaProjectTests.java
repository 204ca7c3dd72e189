package org.hubdesk.needs.internal.exchange;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.hubdesk.needs.internal.exchange.ProjectData.Coder;
import org.hubdesk.needs.internal.exchange.ProjectData.Selection;
import org.hubdesk.needs.internal.exchange.ProjectData.Source;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/** The project as a REFI-QDA .qdpx file, and the offsets it counts in characters. */
class QdaProjectTests {

	private static final String NS = QdpxProject.NAMESPACE;

	private static final UUID ANNA = UUID.fromString("5c94bc9e-db8c-4f1d-9cd6-e900c7440860");
	private static final UUID BO = UUID.fromString("e2c1f5a6-2b3c-4d5e-8f90-a1b2c3d4e5f6");

	@Test
	void utf16OffsetsBecomeCodePointOffsets() {
		String text = "a😀b👋🏽c";
		assertThat(CodePoints.fromUtf16(text, 0)).isZero();
		assertThat(CodePoints.fromUtf16(text, 1)).isEqualTo(1);
		assertThat(CodePoints.fromUtf16(text, 3)).as("after one emoji").isEqualTo(2);
		assertThat(CodePoints.fromUtf16(text, 2)).as("inside a surrogate pair: its start").isEqualTo(1);
		assertThat(CodePoints.fromUtf16(text, text.length())).isEqualTo(6);
		assertThat(CodePoints.toUtf16(text, 6)).isEqualTo(text.length());
		assertThat(CodePoints.toUtf16(text, 2)).isEqualTo(3);
		assertThatIllegalArgumentException().isThrownBy(() -> CodePoints.fromUtf16(text, text.length() + 1));
		assertThatIllegalArgumentException().isThrownBy(() -> CodePoints.fromUtf16(text, -1));
	}

	@Test
	void theProjectListsEverySourceAndCodingWithOffsetsThatSelectTheSameText() throws Exception {
		String first = "Hej 👋🏽! Vi på föreningen behöver utbildning i Wikidata 📊 och mer tid.";
		String second = "We need help with tools, and hands-on work together.";
		UUID firstGuid = UUID.fromString("a2b94468-80a5-412f-92d6-e900d97b55a6");
		UUID secondGuid = UUID.fromString("0b5e7c1d-9f3a-4e2b-8c6d-7a8b9c0d1e2f");
		List<Selection> firstSelections = List.of(
				selection("11111111-0000-4000-8000-000000000001", first, "utbildning i Wikidata 📊", ANNA,
						QdaCodebookTests.TRAINING, QdaCodebookTests.TOOLS),
				selection("11111111-0000-4000-8000-000000000002", first, "mer tid", BO, QdaCodebookTests.CAPACITY));
		List<Selection> secondSelections = List.of(
				selection("11111111-0000-4000-8000-000000000003", second, "hands-on work together", ANNA, QdaCodebookTests.ON_SITE));
		ProjectData project = new ProjectData("Hub Sverige", "sv", List.of(new Coder(ANNA, "Anna"), new Coder(BO, "Bo Åkesson")),
				QdaCodebookTests.hubCodebook(),
				List.of(new Source(firstGuid, "Intervju 1", first, firstSelections),
						new Source(secondGuid, "Interview 2", second, secondSelections)));

		ByteArrayOutputStream out = new ByteArrayOutputStream();
		QdpxProject.write(project, out);
		Map<String, byte[]> zip = unzip(out.toByteArray());
		System.out.println("Entries: " + zip.keySet());
		System.out.println(new String(zip.get("project.qde"), StandardCharsets.UTF_8));

		assertThat(zip).containsOnlyKeys("project.qde", "sources/A2B94468-80A5-412F-92D6-E900D97B55A6.txt",
				"sources/0B5E7C1D-9F3A-4E2B-8C6D-7A8B9C0D1E2F.txt");
		Document qde = QdaCodebookTests.parse(zip.get("project.qde"));
		Element root = qde.getDocumentElement();
		assertThat(root.getNamespaceURI()).isEqualTo(NS);
		assertThat(root.getLocalName()).isEqualTo("Project");
		assertThat(root.getAttribute("name")).isEqualTo("Hub Sverige");
		assertThat(attributes(qde, "User", "name")).containsExactly("Anna", "Bo Åkesson");
		assertThat(attributes(qde, "Code", "name")).contains("Kapacitet", "Utbildning", "Tools");
		assertThat(attributes(qde, "TextSource", "plainTextPath")).containsExactly(
				"internal://A2B94468-80A5-412F-92D6-E900D97B55A6.txt", "internal://0B5E7C1D-9F3A-4E2B-8C6D-7A8B9C0D1E2F.txt");

		NodeList sources = qde.getElementsByTagNameNS(NS, "TextSource");
		int codings = 0;
		for (int s = 0; s < sources.getLength(); s++) {
			Element source = (Element) sources.item(s);
			Source data = project.sources().get(s);
			String path = source.getAttribute("plainTextPath").replace("internal://", "sources/");
			String file = new String(zip.get(path), StandardCharsets.UTF_8);
			assertThat(file).isEqualTo(data.text());
			NodeList selections = source.getElementsByTagNameNS(NS, "PlainTextSelection");
			assertThat(selections.getLength()).isEqualTo(data.selections().size());
			for (int i = 0; i < selections.getLength(); i++) {
				Element selection = (Element) selections.item(i);
				Selection expected = data.selections().get(i);
				int start = Integer.parseInt(selection.getAttribute("startPosition"));
				int end = Integer.parseInt(selection.getAttribute("endPosition"));
				String byCharacters = new String(file.codePoints().skip(start).limit(end - start).toArray(), 0, end - start);
				System.out.printf("%s: UTF-16 %d-%d, characters %d-%d, \"%s\"%n", source.getAttribute("name"),
						expected.start(), expected.end(), start, end, byCharacters);
				assertThat(byCharacters).isEqualTo(data.text().substring(expected.start(), expected.end()));
				assertThat(selection.getAttribute("guid")).isEqualTo(expected.guid().toString().toUpperCase());
				assertThat(selection.getAttribute("creatingUser")).isEqualTo(expected.coder().toString().toUpperCase());
				List<String> refs = new ArrayList<>();
				NodeList codingElements = selection.getElementsByTagNameNS(NS, "Coding");
				for (int c = 0; c < codingElements.getLength(); c++) {
					Element coding = (Element) codingElements.item(c);
					assertThat(coding.getAttribute("guid")).matches("[0-9A-F]{8}-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{12}");
					refs.add(((Element) coding.getElementsByTagNameNS(NS, "CodeRef").item(0)).getAttribute("targetGUID"));
					codings++;
				}
				assertThat(refs).containsExactlyElementsOf(
						expected.themes().stream().map(t -> t.toString().toUpperCase()).toList());
			}
		}
		assertThat(codings).isEqualTo(4);
		Element withEmojiBefore = (Element) qde.getElementsByTagNameNS(NS, "PlainTextSelection").item(0);
		assertThat(Integer.parseInt(withEmojiBefore.getAttribute("startPosition")))
			.as("two code units fewer for the waving hand and its skin tone")
			.isEqualTo(first.indexOf("utbildning") - 2);
	}

	private static Selection selection(String guid, String text, String passage, UUID coder, UUID... themes) {
		int start = text.indexOf(passage);
		return new Selection(UUID.fromString(guid), start, start + passage.length(), coder, List.of(themes));
	}

	private static List<String> attributes(Document document, String element, String attribute) {
		NodeList nodes = document.getElementsByTagNameNS(NS, element);
		List<String> values = new ArrayList<>();
		for (int i = 0; i < nodes.getLength(); i++) {
			values.add(((Element) nodes.item(i)).getAttribute(attribute));
		}
		return values;
	}

	private static Map<String, byte[]> unzip(byte[] zip) throws IOException {
		Map<String, byte[]> entries = new LinkedHashMap<>();
		try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip), StandardCharsets.UTF_8)) {
			for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
				entries.put(entry.getName(), in.readAllBytes());
			}
		}
		return entries;
	}
}
