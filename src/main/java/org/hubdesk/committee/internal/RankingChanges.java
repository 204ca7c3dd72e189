package org.hubdesk.committee.internal;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

import org.hubdesk.request.RequestEvents.RequestStatusChanged;
import org.hubdesk.request.RequestState;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * What has changed since the ranking was last read, heard once the change is committed: per hub, the
 * requests whose reviews were saved; and a count of requests moved into review or acceptance or out
 * of them, any hub (such a move takes a request into the ranking or out of it).
 */
@Component
class RankingChanges {

	/** The states of the requests the ranking holds. */
	private static final Set<RequestState> RANKED = EnumSet.of(RequestState.IN_REVIEW, RequestState.ACCEPTED);

	private final Map<Long, Set<Long>> reviewed = new ConcurrentHashMap<>();
	private final AtomicLong moves = new AtomicLong();

	@TransactionalEventListener(fallbackExecution = true)
	void reviewed(ReviewSaved saved) {
		reviewedIn(saved.hubId()).add(saved.requestId());
	}

	@TransactionalEventListener(fallbackExecution = true)
	void moved(RequestStatusChanged moved) {
		if (RANKED.contains(moved.from()) || RANKED.contains(moved.to())) {
			moves.incrementAndGet();
		}
	}

	/** The hub's requests whose reviews were saved since they were last taken out; the caller takes them out. */
	Set<Long> reviewedIn(long hubId) {
		return reviewed.computeIfAbsent(hubId, h -> ConcurrentHashMap.newKeySet());
	}

	long moves() {
		return moves.get();
	}
}
