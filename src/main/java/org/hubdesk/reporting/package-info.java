/**
 * Reporting: charts drawn on the server as SVG, for the pages of the modules that count things (the
 * expert committee's dashboard, usefulness on the platforms, the needs assessment).
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
 * The module depends on no other Hubdesk module.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Reporting")
package org.hubdesk.reporting;
