/**
 * Usefulness on the platforms: what a partnership's content does on Commons, Wikipedia and
 * Wikidata. A request names its targets from its acceptance on (Commons categories with their
 * subcategories to a depth, lists of Wikidata items); Hubdesk reads the platforms' public APIs
 * (through the {@code wikimedia} module) in the background, on a schedule and on demand, and keeps a
 * snapshot of each target's figures over time. The figures, their charts (through {@code reporting})
 * and the partner report that an affiliate sends to its partner institution (a page, a PDF and a
 * revocable share link) are on the request's own impact page; the hub's rollup over its completed
 * requests, by campaign, is its staff's.
 * <p>
 * The module reads requests through the request module's API ({@code Requests},
 * {@code RequestAccess}, {@code RequestWork}), shows itself through its extension points (a
 * {@code RequestPanel}, {@code TimelineKinds}, {@code HubNavigation}) and publishes
 * {@link org.hubdesk.impact.SnapshotTaken} when a target's new figures are in.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Usefulness on the platforms")
package org.hubdesk.impact;
