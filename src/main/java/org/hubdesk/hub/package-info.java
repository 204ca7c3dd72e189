/**
 * Hubs: their settings and languages, the needs codebook, templates, and the roles people hold
 * in each hub.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Hubs")
package org.hubdesk.hub;
