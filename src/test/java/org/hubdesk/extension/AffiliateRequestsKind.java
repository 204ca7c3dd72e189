package org.hubdesk.extension;

import java.util.List;

import org.hibernate.search.engine.search.predicate.dsl.PredicateFinalStep;
import org.hibernate.search.engine.search.predicate.dsl.SearchPredicateFactory;
import org.hibernate.search.mapper.orm.session.SearchSession;
import org.hubdesk.directory.Affiliate;
import org.hubdesk.hub.HubViewer;
import org.hubdesk.request.ReadScope;
import org.hubdesk.search.SearchHit;
import org.hubdesk.search.SearchKind;
import org.hubdesk.search.SearchQuery;

/**
 * A kind contributed from outside the search module, indexing nothing new: affiliates by name, each
 * leading to the desk filtered by it, for those who read the whole hub.
 */
class AffiliateRequestsKind implements SearchKind {

	static final String NAME = "affiliate-requests";

	@Override
	public String name() {
		return NAME;
	}

	@Override
	public int order() {
		return 45;
	}

	@Override
	public boolean searchableBy(HubViewer viewer, ReadScope scope) {
		return scope.internalNotes();
	}

	@Override
	public long count(SearchSession session, SearchQuery query) {
		return session.search(Affiliate.class).where(f -> named(f, query)).fetchTotalHitCount();
	}

	@Override
	public List<SearchHit> hits(SearchSession session, SearchQuery query, int from, int size) {
		return session.search(Affiliate.class).where(f -> named(f, query)).fetchHits(from, size).stream()
			.map(a -> new SearchHit(NAME, a.getName(), "", query.base() + "/desk?affiliate=" + a.getId(), null, null))
			.toList();
	}

	private static PredicateFinalStep named(SearchPredicateFactory f, SearchQuery query) {
		return f.match().field("name_plain").matching(query.text());
	}
}
