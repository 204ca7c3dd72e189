package org.hubdesk.search.internal;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.hibernate.search.engine.search.predicate.dsl.PredicateFinalStep;
import org.hibernate.search.engine.search.predicate.dsl.SearchPredicateFactory;
import org.hibernate.search.mapper.orm.session.SearchSession;
import org.hubdesk.request.HelpRequest;
import org.hubdesk.request.RequestMessage;
import org.hubdesk.request.Requests;
import org.hubdesk.search.SearchHit;
import org.hubdesk.search.SearchKind;
import org.hubdesk.search.SearchQuery;

/**
 * What the two kinds of messages on requests share: the messages the viewer reads, by their words
 * and the day they were written, each leading to its request's timeline. Public replies and internal
 * notes are each their own kind.
 */
abstract class RequestMessageKind implements SearchKind {

	private final ScopePredicates scopes;
	private final Requests requests;
	private final boolean internal;

	RequestMessageKind(ScopePredicates scopes, Requests requests, boolean internal) {
		this.scopes = scopes;
		this.requests = requests;
		this.internal = internal;
	}

	@Override
	public long count(SearchSession session, SearchQuery query) {
		return session.search(RequestMessage.class).where(f -> predicate(f, query)).fetchTotalHitCount();
	}

	@Override
	public List<SearchHit> hits(SearchSession session, SearchQuery query, int from, int size) {
		List<List<?>> rows = session.search(RequestMessage.class)
			.select(f -> f.composite(SearchText.withHighlights(f, f.entity().toProjection(), List.of("body"))))
			.where(f -> predicate(f, query))
			.highlighter(h -> h.plain().tag(Snippets.OPEN, Snippets.CLOSE).fragmentSize(160).numberOfFragments(1))
			.fetchHits(from, size);
		// the rows' requests in one query
		Map<Long, HelpRequest> byId = requests.byIds(rows.stream()
			.map(row -> ((RequestMessage) row.get(0)).getRequestId()).collect(Collectors.toSet()))
			.stream().collect(Collectors.toMap(HelpRequest::getId, r -> r));
		String prefix = query.hub().getNumberPrefix();
		return rows.stream().map(row -> {
			RequestMessage m = (RequestMessage) row.get(0);
			HelpRequest r = byId.get(m.getRequestId());
			return new SearchHit(name(), r.reference(prefix) + " " + r.getTitle(),
					Snippets.html(row.subList(1, row.size()), m.getBody()),
					query.base() + "/requests/" + r.getNumber() + "#timeline", r.getState().name(), m.getCreatedAt());
		}).toList();
	}

	private PredicateFinalStep predicate(SearchPredicateFactory f, SearchQuery query) {
		return f.bool(b -> {
			b.must(scopes.messages(f, query.scope(), query.hub()));
			b.must(f.match().field("internal").matching(internal));
			SearchText.period(f, b, "createdAt", query.filters());
			b.must(SearchText.textOf(f, query.text(), List.of("body"), null));
		});
	}
}
