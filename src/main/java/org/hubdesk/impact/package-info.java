/**
 * Usefulness on the platforms: outcome targets, the MediaWiki and Wikidata clients, usage snapshots and the partner report.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Impact")
package org.hubdesk.impact;
