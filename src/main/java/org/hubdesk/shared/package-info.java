/**
 * The shared kernel: the few types every module speaks with, and nothing else. The one refusal
 * every module throws ({@link org.hubdesk.shared.Refusal}), answered in one place by the web module:
 * a page in the person's language, or RFC 9457 problem details under {@code /api/}; the rules of
 * forms every module meets (lengths, readable text, dates, paging); redirects that stay on the site;
 * queries over lists of values whose plans are reused ({@link org.hubdesk.shared.InList},
 * {@link org.hubdesk.shared.InListQueries}); and the clock demo data sets to the past while it
 * seeds ({@link org.hubdesk.shared.DemoClock}).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Shared kernel")
package org.hubdesk.shared;
