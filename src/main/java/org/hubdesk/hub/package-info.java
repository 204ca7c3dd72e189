/**
 * Hubs: their settings and languages, the needs codebook, templates, the roles people hold in each
 * hub, and the one way a page is scoped to a hub ({@link org.hubdesk.hub.HubScope}: the
 * {@link org.hubdesk.hub.Hub} and {@link org.hubdesk.hub.HubViewer} arguments) with the hub's
 * navigation that modules contribute to ({@link org.hubdesk.hub.HubNavigation}).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Hubs")
package org.hubdesk.hub;
