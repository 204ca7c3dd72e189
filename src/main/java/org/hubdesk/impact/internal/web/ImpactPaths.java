package org.hubdesk.impact.internal.web;

import java.util.List;

import org.hubdesk.hub.HubNavigation;
import org.hubdesk.hub.HubViewer;
import org.hubdesk.identity.PublicPaths;
import org.springframework.stereotype.Component;

/**
 * Usefulness on the platforms in a hub: the rollup over its completed requests is in its staff's
 * navigation; a partner report opened by its share link is public (the link's token is the key).
 */
@Component
class ImpactPaths implements PublicPaths, HubNavigation {

	@Override
	public List<String> patterns() {
		return List.of("/impact/reports/*", "/impact/reports/*/pdf");
	}

	@Override
	public List<Entry> entries(HubViewer viewer) {
		return viewer.isStaff() ? List.of(new Entry("impact.nav.rollup", "/hubs/" + viewer.hub().getSlug() + "/impact", 40))
				: List.of();
	}
}
