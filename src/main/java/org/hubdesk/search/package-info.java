/**
 * Full-text search across requests, messages, articles, experts and interviews.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Search")
package org.hubdesk.search;
