package org.hubdesk.request.internal;

import java.util.List;

import org.hubdesk.request.TimelineEntry.Kind;
import org.hubdesk.request.TimelineKinds;
import org.springframework.stereotype.Component;

/** The request module's own timeline kinds: its lifecycle, messages, notes and attachments. */
@Component
class RequestTimelineKinds implements TimelineKinds {

	@Override
	public List<Kind> kinds() {
		return List.of(Kind.values());
	}
}
