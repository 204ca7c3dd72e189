package org.hubdesk.request.web;

import java.util.ArrayList;
import java.util.List;

import org.hubdesk.hub.HubNavigation;
import org.hubdesk.hub.HubViewer;
import org.springframework.stereotype.Component;

/** The request pages in the hub's navigation: a new request and one's own for everyone signed in, the desk for staff. */
@Component
class RequestNavigation implements HubNavigation {

	@Override
	public List<Entry> entries(HubViewer viewer) {
		if (!viewer.signedIn()) {
			return List.of();
		}
		String base = "/hubs/" + viewer.hub().getSlug();
		List<Entry> entries = new ArrayList<>();
		if (viewer.hub().isOpenForRequests()) {
			entries.add(new Entry("nav.new-request", base + "/requests/new", 10));
		}
		entries.add(new Entry("nav.my-requests", base + "/requests", 20));
		if (viewer.isStaff()) {
			entries.add(new Entry("nav.desk", base + "/desk", 30));
		}
		return entries;
	}
}
