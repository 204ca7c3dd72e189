package org.hubdesk.committee.internal.web;

import java.util.List;
import java.util.Map;

import org.hubdesk.committee.internal.Meeting;
import org.hubdesk.committee.internal.ReviewQueue;
import org.hubdesk.hub.Hub;
import org.hubdesk.hub.HubViewer;
import org.hubdesk.identity.People;
import org.hubdesk.request.HelpRequest;
import org.springframework.stereotype.Component;

/** The review queue's entries as a member's pages show them: their part in each, and who has yet to score it. */
@Component
class QueueRows {

	/** A request on an agenda, as the queue shows it to one member. */
	record Row(HelpRequest request, String reference, Meeting meeting, String status, List<String> missing) {
	}

	private final People people;

	QueueRows(People people) {
		this.people = people;
	}

	/** The rows; a member conflicted on a request learns nothing of its scoring there. */
	List<Row> of(Hub hub, HubViewer viewer, List<ReviewQueue.Entry> entries) {
		Map<Long, String> names = people.names(entries.stream().flatMap(e -> e.missing().stream()).distinct().toList());
		return entries.stream().map(e -> {
			boolean conflicted = e.conflicted(viewer.id());
			String status = conflicted ? "committee.queue.conflicted"
					: e.complete().contains(viewer.id()) ? "committee.queue.scored" : "committee.queue.to-score";
			List<String> missing = conflicted ? List.of()
					: e.missing().stream().map(names::get).filter(n -> n != null).sorted().toList();
			return new Row(e.request(), e.request().reference(hub.getNumberPrefix()), e.item().getMeeting(), status,
					missing);
		}).toList();
	}
}
