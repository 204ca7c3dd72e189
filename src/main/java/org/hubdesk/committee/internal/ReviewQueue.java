package org.hubdesk.committee.internal;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.hubdesk.hub.Hub;
import org.hubdesk.request.HelpRequest;
import org.hubdesk.request.Requests;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What is on the committee's agendas and not yet decided, a page at a time, earliest meeting first:
 * for each request, who takes part in its review (the members not conflicted on it) and who of them
 * has scored it in full. One reading each of the requests, the conflicts and the reviews for the
 * whole page, whatever its length.
 */
@Service
@Transactional(readOnly = true)
public class ReviewQueue {

	/** A request on an agenda, with the members taking part and those who have scored it in full. */
	public record Entry(AgendaItem item, HelpRequest request, Set<Long> eligible, Set<Long> complete, boolean quorate) {

		public boolean conflicted(long personId) {
			return !eligible.contains(personId);
		}

		/** How many of the members taking part have scored it in full. */
		public int scored() {
			return (int) complete.stream().filter(eligible::contains).count();
		}

		/** The members taking part who have not yet scored it in full. */
		public Set<Long> missing() {
			Set<Long> out = new HashSet<>(eligible);
			out.removeAll(complete);
			return out;
		}
	}

	/** One page of the queue: its entries, the number of requests in the whole queue, and which page of how many. */
	public record Slice(List<Entry> entries, long total, int page, int pages) {
	}

	private final AgendaItemRepository items;
	private final Requests requests;
	private final Conflicts conflicts;
	private final Reviews reviews;
	private final Settings settings;

	ReviewQueue(AgendaItemRepository items, Requests requests, Conflicts conflicts, Reviews reviews, Settings settings) {
		this.items = items;
		this.requests = requests;
		this.conflicts = conflicts;
		this.reviews = reviews;
		this.settings = settings;
	}

	/** The page (from 0; past the last, the last) of {@code size} entries. */
	public Slice page(Hub hub, int page, int size) {
		// a page past any offset a database takes is past the last one
		int asked = Math.max(0, Math.min(page, Integer.MAX_VALUE / size - 1));
		Page<AgendaItem> found = items.findUndecided(hub.getId(), PageRequest.of(asked, size));
		if (found.getNumber() > 0 && found.getNumber() >= found.getTotalPages()) {
			found = items.findUndecided(hub.getId(), PageRequest.of(Math.max(0, found.getTotalPages() - 1), size));
		}
		return new Slice(entries(hub, found.getContent()), found.getTotalElements(), found.getNumber(),
				Math.max(1, found.getTotalPages()));
	}

	/** The whole queue. */
	public List<Entry> all(Hub hub) {
		return entries(hub, items.findUndecided(hub.getId()));
	}

	private List<Entry> entries(Hub hub, List<AgendaItem> of) {
		Map<Long, HelpRequest> byId = requests.byIds(of.stream().map(AgendaItem::getRequestId).toList()).stream()
			.collect(Collectors.toMap(HelpRequest::getId, Function.identity()));
		Map<Long, Set<Long>> held = conflicts.holding(hub, byId.values());
		Map<Long, Set<Long>> complete = reviews.complete(of);
		Set<Long> committee = conflicts.committee(hub);
		CommitteeSettings own = settings.of(hub);
		return of.stream().filter(i -> byId.containsKey(i.getRequestId())).map(i -> {
			Set<Long> eligible = new HashSet<>(committee);
			eligible.removeAll(held.getOrDefault(i.getRequestId(), Set.of()));
			Set<Long> done = complete.getOrDefault(i.getId(), Set.of());
			int scored = (int) done.stream().filter(eligible::contains).count();
			return new Entry(i, byId.get(i.getRequestId()), eligible, done, own.quorate(scored, eligible.size()));
		}).toList();
	}
}
