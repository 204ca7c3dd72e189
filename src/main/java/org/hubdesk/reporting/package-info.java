/**
 * Reporting: charts drawn on the server as SVG, for the pages of the modules that count things (the
 * expert committee's dashboard, usefulness on the platforms, the needs assessment), and PDF documents
 * with the same charts, such as the impact report an affiliate sends to a partner institution.
 * <p>
 * A module describes its numbers as a {@link org.hubdesk.reporting.BarChart} (a title, category
 * labels, one or more series with one number per category, an axis label, the kind and the locale;
 * labels come already translated) and puts it in its page's model. The page shows it with the
 * fragment {@code reporting/chart :: chart(${chart})}: a figure with its caption, the drawing inline
 * (from {@link org.hubdesk.reporting.Charts#svg}) and the same numbers as a table that opens on
 * demand. A module that wants only the drawing calls {@code Charts.svg} itself.
 * <p>
 * The drawing is horizontal bars, each category's label on its own lines above its bars, in a
 * 480-unit-wide {@code viewBox} that takes the width of its column ({@code width="100%"}) and grows
 * in height with the number of categories; its text stays at 11 px or more on a 360 px phone. Its
 * colours are a few Codex blues and greys ({@code internal.ChartStyle}); numbers are written in the
 * chart's locale. It has {@code role="img"} and a {@code <title>}; it holds no script, no style
 * attribute (the site's Content-Security-Policy, {@code style-src 'self'}, would block those: the
 * styles JFreeSVG writes become presentation attributes) and nothing outside itself. A chart with no
 * categories is drawn as a short “no numbers yet” notice in its language.
 * <p>
 * JFreeChart lays the bars out and JFreeSVG writes them; both work headless
 * ({@code java.awt.headless=true}, which Spring Boot sets when the application starts and the build
 * sets for tests) but measure text with the fonts the machine has installed.
 * <p>
 * A PDF is a {@link org.hubdesk.reporting.PdfReport}: a title, a subtitle line, an author, a subject
 * and a language (the document's metadata and {@code /Lang}), then blocks
 * ({@link org.hubdesk.reporting.PdfBlock}): headings, paragraphs, key figures, tables whose cells may
 * link to web pages, and bar charts. {@link org.hubdesk.reporting.Pdfs#write} lays them down A4 pages
 * with PDFBox: text wraps and goes on over the next page, a table's rows too under its header again, a
 * chart that does not fit moves whole to the next page, and every page has "n / N" at its foot. Charts
 * are the pages' drawings ({@code internal.BarChartDrawing} lays both out), drawn as vectors into a
 * form XObject through PDFBox Graphics2D, not as pictures. The text, the charts' too, is in Liberation
 * Sans (regular from PDFBox's jar, bold from {@code openpdf-fonts-extra}; SIL Open Font License),
 * embedded as subsets, so the document looks the same everywhere and needs no font on the machine;
 * a character the font lacks is written as {@code ?}. Texts arrive translated; the only message
 * the module adds itself is an empty chart's notice, in the chart's language. The PDFs are not tagged
 * for screen readers beyond their language and title.
 * <p>
 * The module depends on no other Hubdesk module.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Reporting")
package org.hubdesk.reporting;
