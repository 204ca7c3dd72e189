/**
 * The insights read from the coded interviews and the requests, as plain computations: theme
 * frequency, theme × region and theme × affiliate type, co-occurrence, representative quotes, what
 * was said beside what is asked, and the agreement between coders (Cohen's kappa). Everything comes
 * in as small records ({@link org.hubdesk.needs.internal.insight.Theme},
 * {@link org.hubdesk.needs.internal.insight.InterviewFacts},
 * {@link org.hubdesk.needs.internal.insight.HighlightFacts},
 * {@link org.hubdesk.needs.internal.insight.RequestFacts}) and goes out as records; the entry point is
 * {@link org.hubdesk.needs.internal.insight.Insights}.
 * <p>
 * Throughout, an interview <em>mentions</em> a theme when one of its highlights, by any coder, has the
 * theme or one of its descendants; a request asks for a theme when its needs hold the theme or one of
 * its descendants.
 */
package org.hubdesk.needs.internal.insight;
