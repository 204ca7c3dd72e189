package org.hubdesk.committee.internal;

import java.time.Clock;

import org.hubdesk.hub.HubViewer;
import org.hubdesk.request.HelpRequest;
import org.springframework.stereotype.Component;

/**
 * What a viewer sees of the committee's work on a request, written once for pages, API and
 * exports: a conflicted person (the chair included) sees nothing of it; a member sees the others'
 * scores and votes only once their own review is in; the chair (unless conflicted) sees them all
 * once the meeting has started, when the hub says so; staff see no score, only decisions and order.
 */
@Component
public class Sight {

	/** What the viewer sees of one request's review. */
	public record View(boolean member, boolean chair, boolean conflicted, boolean ownIn, boolean othersScores,
			boolean discussion) {

		/** Whether the viewer takes part in the request's review: scores, votes, discusses. */
		public boolean takesPart() {
			return member && !conflicted;
		}
	}

	private final Conflicts conflicts;
	private final Reviews reviews;
	private final Settings settings;
	private final Clock clock;

	Sight(Conflicts conflicts, Reviews reviews, Settings settings, Clock clock) {
		this.conflicts = conflicts;
		this.reviews = reviews;
		this.settings = settings;
		this.clock = clock;
	}

	public View of(HubViewer viewer, HelpRequest request, AgendaItem item) {
		boolean member = viewer.signedIn() && Seats.member(viewer);
		boolean chair = viewer.signedIn() && Seats.chair(viewer);
		if (!member) {
			return new View(false, false, false, false, false, false);
		}
		boolean conflicted = conflicts.conflicted(request, viewer.id());
		if (conflicted) {
			return new View(true, chair, true, false, false, false);
		}
		boolean ownIn = item != null && reviews.complete(item, viewer.id());
		boolean chairSees = chair && item != null && settings.of(viewer.hub()).isChairSeesScoresAtStart()
				&& item.getMeeting().startedBy(clock.instant());
		return new View(true, chair, false, ownIn, ownIn || chairSees, true);
	}
}
