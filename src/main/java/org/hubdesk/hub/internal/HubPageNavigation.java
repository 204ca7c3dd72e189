package org.hubdesk.hub.internal;

import java.util.List;

import org.hubdesk.hub.HubNavigation;
import org.hubdesk.hub.HubViewer;
import org.springframework.stereotype.Component;

/** The hub's own page heads its navigation, for everyone. */
@Component
class HubPageNavigation implements HubNavigation {

	@Override
	public List<Entry> entries(HubViewer viewer) {
		return List.of(new Entry("nav.hub", "/hubs/" + viewer.hub().getSlug(), 0));
	}
}
