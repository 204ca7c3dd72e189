package org.hubdesk.committee.internal;

import java.util.List;

import org.hubdesk.hub.HubNavigation;
import org.hubdesk.hub.HubViewer;
import org.hubdesk.identity.PublicPaths;
import org.springframework.stereotype.Component;

/**
 * The committee's place in a hub: its principles and decision log are public; the committee's own
 * pages are in the navigation of those who sit on it.
 */
@Component
class CommitteePaths implements PublicPaths, HubNavigation {

	@Override
	public List<String> patterns() {
		return List.of("/hubs/*/principles", "/hubs/*/decisions", "/api/v1/hubs/*/committee/rubric",
				"/api/v1/hubs/*/committee/decisions");
	}

	@Override
	public List<Entry> entries(HubViewer viewer) {
		String hub = "/hubs/" + viewer.hub().getSlug();
		Entry principles = new Entry("committee.nav.principles", hub + "/principles", 60);
		Entry decisions = new Entry("committee.nav.decisions", hub + "/decisions", 61);
		Entry ranking = new Entry("committee.nav.ranking", hub + "/committee/ranking", 51);
		List<Entry> entries = new java.util.ArrayList<>();
		if (Seats.member(viewer)) {
			entries.add(new Entry("committee.nav.committee", hub + "/committee", 50));
		}
		if (Seats.member(viewer) || viewer.isStaff()) {
			entries.add(ranking);
		}
		entries.add(principles);
		entries.add(decisions);
		if (viewer.has(org.hubdesk.hub.HubRole.ADMIN)) {
			entries.add(new Entry("committee.nav.settings", hub + "/committee/settings", 62));
		}
		return entries;
	}
}
