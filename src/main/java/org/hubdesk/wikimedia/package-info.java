/**
 * The Wikimedia sites' public APIs, read politely: what the files of a Commons category do on the
 * other wikis ({@link org.hubdesk.wikimedia.CommonsUsage}, and the figures made from it,
 * {@link org.hubdesk.wikimedia.UsageFigures}); Wikidata's items ({@link org.hubdesk.wikimedia.WikidataItems},
 * {@link org.hubdesk.wikimedia.WikidataSearch}); and the page views of wiki pages
 * ({@link org.hubdesk.wikimedia.PageViews}).
 * <p>
 * Every request is a GET with the installation's User-Agent (to the Action APIs with
 * {@code format=json&formatversion=2&maxlag=5}) ({@code Hubdesk/VERSION (contact)}), one at a time per host. A {@code maxlag} error or
 * HTTP 429 is waited out for the {@code Retry-After} the site asks (within
 * {@code hubdesk.impact.retry-min} and {@code retry-max}), a 5xx or a failed connection is backed off
 * from, and after {@code hubdesk.impact.attempts} tries the reading fails with a
 * {@link org.hubdesk.wikimedia.WikimediaException} that says what kind of failure it was. Continued
 * queries copy every key of the answer's {@code continue} into the next request unchanged. Hosts,
 * batch sizes, waits and the timeout are configuration ({@link org.hubdesk.wikimedia.WikimediaApiProperties}).
 * <p>
 * The module sits low: it depends on no other Hubdesk module, so the impact module and the request
 * form can both use it.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Wikimedia APIs")
package org.hubdesk.wikimedia;
