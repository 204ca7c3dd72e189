package org.hubdesk.needs.internal.exchange;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import javax.xml.stream.XMLStreamException;

import org.hubdesk.needs.internal.exchange.ProjectData.Selection;
import org.hubdesk.needs.internal.exchange.ProjectData.Source;

/**
 * The needs assessment as a REFI-QDA project file ({@code .qdpx}), so a researcher can go on in NVivo,
 * ATLAS.ti, MAXQDA or QualCoder. The file is a zip holding {@value #PROJECT_ENTRY}, a {@code Project}
 * in the namespace {@value #NAMESPACE}, and each interview's text as {@code sources/<GUID>.txt} in
 * UTF-8. The project lists the coders as {@code Users}, the {@code CodeBook}, and each interview as a
 * {@code TextSource} whose {@code plainTextPath} is {@code internal://<GUID>.txt}; each coding is a
 * {@code PlainTextSelection} whose {@code startPosition} and {@code endPosition} count characters
 * (Unicode code points, as the standard does, where Hubdesk counts UTF-16 code units), holding one
 * {@code Coding} with a {@code CodeRef} per theme applied. GUIDs are written in upper case.
 */
public final class QdpxProject {

	/** The namespace of the project exchange format. */
	public static final String NAMESPACE = "urn:QDA-XML:project:1.0";

	/** The project file's name in the zip. */
	public static final String PROJECT_ENTRY = "project.qde";

	/** The folder of the sources in the zip. */
	public static final String SOURCES = "sources/";

	private QdpxProject() {
	}

	/**
	 * Writes the project file. A coding's GUID is derived from its selection's and its theme's, so the
	 * same project gives the same file.
	 * @throws IllegalArgumentException when a selection lies outside its source's text
	 */
	public static void write(ProjectData project, OutputStream out) {
		try {
			ZipOutputStream zip = new ZipOutputStream(out, StandardCharsets.UTF_8);
			zip.putNextEntry(new ZipEntry(PROJECT_ENTRY));
			writeProject(project, zip);
			zip.closeEntry();
			for (Source source : project.sources()) {
				zip.putNextEntry(new ZipEntry(SOURCES + fileName(source.guid())));
				zip.write(source.text().getBytes(StandardCharsets.UTF_8));
				zip.closeEntry();
			}
			zip.finish();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (XMLStreamException ex) {
			throw new IllegalStateException("The project file could not be written", ex);
		}
	}

	/** The name of a source's text file: its GUID and {@code .txt}. */
	public static String fileName(UUID source) {
		return QdcCodebook.guid(source) + ".txt";
	}

	/** The GUID of the coding of a selection with a theme. */
	static UUID codingGuid(UUID selection, UUID theme) {
		return UUID.nameUUIDFromBytes(("coding:" + selection + ":" + theme).getBytes(StandardCharsets.UTF_8));
	}

	private static void writeProject(ProjectData project, OutputStream out) throws XMLStreamException {
		QdaXmlWriter xml = new QdaXmlWriter(out, NAMESPACE);
		xml.start("Project").attribute("name", project.name()).attribute("origin", QdaXmlWriter.ORIGIN);
		if (!project.coders().isEmpty()) {
			xml.start("Users");
			for (ProjectData.Coder coder : project.coders()) {
				xml.start("User").attribute("guid", QdcCodebook.guid(coder.guid())).attribute("name", coder.name()).end();
			}
			xml.end();
		}
		if (!project.codebook().isEmpty()) {
			xml.start("CodeBook");
			QdcCodebook.writeCodes(xml, project.codebook(), project.language());
			xml.end();
		}
		if (!project.sources().isEmpty()) {
			xml.start("Sources");
			for (Source source : project.sources()) {
				writeSource(xml, source);
			}
			xml.end();
		}
		xml.end();
		xml.finish();
	}

	private static void writeSource(QdaXmlWriter xml, Source source) throws XMLStreamException {
		xml.start("TextSource")
			.attribute("guid", QdcCodebook.guid(source.guid()))
			.attribute("name", source.name())
			.attribute("plainTextPath", "internal://" + fileName(source.guid()));
		String text = source.text();
		for (Selection selection : source.selections()) {
			if (selection.end() > text.length()) {
				throw new IllegalArgumentException("Selection " + selection.guid() + " ends after its source's text");
			}
			String coder = QdcCodebook.guid(selection.coder());
			xml.start("PlainTextSelection")
				.attribute("guid", QdcCodebook.guid(selection.guid()))
				.attribute("startPosition", Integer.toString(CodePoints.fromUtf16(text, selection.start())))
				.attribute("endPosition", Integer.toString(CodePoints.fromUtf16(text, selection.end())))
				.attribute("creatingUser", coder);
			for (UUID theme : selection.themes()) {
				xml.start("Coding")
					.attribute("guid", QdcCodebook.guid(codingGuid(selection.guid(), theme)))
					.attribute("creatingUser", coder);
				xml.start("CodeRef").attribute("targetGUID", QdcCodebook.guid(theme)).end();
				xml.end();
			}
			xml.end();
		}
		xml.end();
	}
}
