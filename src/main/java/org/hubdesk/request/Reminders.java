package org.hubdesk.request;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.hubdesk.request.TimelineEntry.Kind;
import org.hubdesk.request.internal.HelpRequestRepository;
import org.hubdesk.request.internal.TimelineRepository;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reminds requesters when the hub has waited for their answer longer than the configured time,
 * once per question. Run by a scheduled job on one node at a time.
 */
@Service
public class Reminders {

	private final HelpRequestRepository requests;
	private final TimelineRepository timeline;
	private final Clock clock;
	private final Duration after;

	Reminders(HelpRequestRepository requests, TimelineRepository timeline, Clock clock,
			@Value("${hubdesk.requests.remind-after:7d}") Duration after) {
		this.requests = requests;
		this.timeline = timeline;
		this.clock = clock;
		this.after = after;
	}

	/** Sends the reminders that are due; returns how many. */
	@Transactional
	public int sendDue() {
		Instant now = clock.instant();
		List<HelpRequest> due = requests.findWaitingSince(RequestState.WAITING_FOR_REQUESTER, now.minus(after));
		for (HelpRequest request : due) {
			request.remind(now);
			timeline.save(new TimelineEntry(request.getId(), now, null, Kind.REMINDER, false));
			requests.save(request);
		}
		return due.size();
	}
}
