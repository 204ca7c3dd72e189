package org.hubdesk.needs.internal.exchange;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;

import static org.assertj.core.api.Assertions.assertThat;

/** The codebook as a REFI-QDA .qdc file: written, read from other tools, and merged back by GUID. */
class QdaCodebookTests {

	static final UUID CAPACITY = UUID.fromString("7c9e6679-7425-40de-944b-e07fc1f90ae7");
	static final UUID TRAINING = UUID.fromString("a3bb189e-8bf9-3888-9912-ace4e6543002");
	static final UUID ON_SITE = UUID.fromString("16fd2706-8baf-433b-82eb-8c7fada847da");
	static final UUID TOOLS = UUID.fromString("886313e1-3b8a-5372-9b90-0c9aee199e5d");

	/** Three levels, two languages, descriptions in one or both, one theme not yet in Swedish. */
	static List<CodeNode> hubCodebook() {
		CodeNode onSite = new CodeNode(ON_SITE, Map.of("en", "Hands-on work together", "sv", "Övningar på plats med återkoppling"),
				Map.of("sv", "Att göra arbetet tillsammans, på plats."), List.of());
		CodeNode training = new CodeNode(TRAINING, Map.of("en", "Training", "sv", "Utbildning"),
				Map.of("en", "Courses and workshops.", "sv", "Kurser och workshoppar."), List.of(onSite));
		CodeNode capacity = new CodeNode(CAPACITY, Map.of("en", "Capacity", "sv", "Kapacitet"),
				Map.of("en", "People & time <to do> the work."), List.of(training));
		CodeNode tools = new CodeNode(TOOLS, Map.of("en", "Tools"), Map.of(), List.of());
		return List.of(capacity, tools);
	}

	@Test
	void aRoundTripInEitherLanguageGivesTheSameTree() {
		List<CodeNode> original = hubCodebook();
		for (String language : List.of("sv", "en")) {
			byte[] file = write(original, language);
			List<CodeNode> imported = QdcCodebook.read(new ByteArrayInputStream(file), language);
			List<CodeNode> merged = QdcCodebook.merge(original, imported, language);
			System.out.println("Round trip in " + language + ": " + file.length + " bytes, equal: " + merged.equals(original));
			assertThat(merged).isEqualTo(original);
		}
	}

	@Test
	void theFileHasTheStandardsShapeInTheChosenLanguage() throws Exception {
		byte[] file = write(hubCodebook(), "sv");
		System.out.println(new String(file, StandardCharsets.UTF_8));
		Element root = parse(file).getDocumentElement();
		assertThat(root.getNamespaceURI()).isEqualTo("urn:QDA-XML:codebook:1.0");
		assertThat(root.getLocalName()).isEqualTo("CodeBook");
		Element codes = (Element) root.getElementsByTagNameNS(QdcCodebook.NAMESPACE, "Codes").item(0);
		Element capacity = (Element) codes.getElementsByTagNameNS(QdcCodebook.NAMESPACE, "Code").item(0);
		assertThat(capacity.getAttribute("guid")).isEqualTo("7C9E6679-7425-40DE-944B-E07FC1F90AE7");
		assertThat(capacity.getAttribute("name")).isEqualTo("Kapacitet");
		assertThat(capacity.getAttribute("isCodable")).isEqualTo("true");
		assertThat(capacity.getFirstChild().getNextSibling().getLocalName()).isEqualTo("Description");
		assertThat(capacity.getFirstChild().getNextSibling().getTextContent()).isEqualTo("People & time <to do> the work.");
		Element onSite = (Element) capacity.getElementsByTagNameNS(QdcCodebook.NAMESPACE, "Code").item(1);
		assertThat(onSite.getAttribute("name")).isEqualTo("Övningar på plats med återkoppling");
		assertThat(new String(file, StandardCharsets.UTF_8)).contains("name=\"Tools\"");
	}

	@Test
	void aCodebookInAnotherToolsShapeIsRead() throws Exception {
		List<CodeNode> read;
		try (InputStream in = getClass().getResourceAsStream("/needs/other-tool.qdc")) {
			read = QdcCodebook.read(in, "en");
		}
		System.out.println("Read from another tool: " + read);
		assertThat(read).extracting(CodeNode::guid)
			.containsExactly(UUID.fromString("5d0e1a2b-3c4d-4e5f-8a9b-0c1d2e3f4a5b"),
					UUID.fromString("11111111-2222-4333-8444-555555555555"));
		CodeNode capacity = read.get(0);
		assertThat(capacity.names()).containsExactly(Map.entry("en", "Capacity"));
		assertThat(capacity.descriptions()).containsExactly(
				Map.entry("en", "Whether an affiliate has the people and time to do the work."));
		CodeNode training = capacity.children().get(0);
		assertThat(training.guid()).isEqualTo(UUID.fromString("9B8A7C6D-5E4F-4A3B-9C2D-1E0F9A8B7C6D"));
		assertThat(training.children()).singleElement()
			.satisfies(n -> assertThat(n.names()).containsEntry("en", "Övningar på plats"));
		assertThat(read.get(1).names()).containsEntry("en", "Tools & infrastructure");
		assertThat(read.get(1).children()).isEmpty();
	}

	@Test
	void anImportFollowsTheFilesStructureAddsNewThemesAndKeepsOtherLanguages() {
		UUID partners = UUID.fromString("0f8fad5b-d9cb-469f-a165-70867728950e");
		CodeNode trainingMoved = new CodeNode(TRAINING, Map.of("sv", "Kurser"), Map.of("sv", "Kurser och workshoppar."),
				List.of(new CodeNode(partners, Map.of("sv", "Partner"), Map.of(), List.of())));
		List<CodeNode> imported = List.of(trainingMoved, new CodeNode(TOOLS, Map.of("sv", "Verktyg"), Map.of(), List.of()));

		List<CodeNode> merged = QdcCodebook.merge(hubCodebook(), imported, "sv");

		assertThat(merged).extracting(CodeNode::guid).containsExactly(TRAINING, TOOLS, CAPACITY);
		CodeNode training = merged.get(0);
		assertThat(training.names()).containsExactlyInAnyOrderEntriesOf(Map.of("en", "Training", "sv", "Kurser"));
		assertThat(training.descriptions()).containsEntry("en", "Courses and workshops.");
		assertThat(training.children()).extracting(CodeNode::guid).containsExactly(partners, ON_SITE);
		assertThat(merged.get(1).names()).containsExactlyInAnyOrderEntriesOf(Map.of("en", "Tools", "sv", "Verktyg"));
		assertThat(merged.get(2).children()).as("a theme the file leaves out stays, without what moved").isEmpty();
		assertThat(merged.get(2).names()).containsEntry("sv", "Kapacitet");
	}

	static byte[] write(List<CodeNode> roots, String language) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		QdcCodebook.write(roots, language, out);
		return out.toByteArray();
	}

	static org.w3c.dom.Document parse(byte[] xml) throws Exception {
		DocumentBuilderFactory factory = DocumentBuilderFactory.newDefaultInstance();
		factory.setNamespaceAware(true);
		return factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml));
	}
}
