package org.hubdesk.search.internal;

import java.util.List;

import org.hibernate.search.mapper.orm.session.SearchSession;
import org.hubdesk.directory.Affiliate;
import org.hubdesk.hub.HubViewer;
import org.hubdesk.request.ReadScope;
import org.hubdesk.search.SearchHit;
import org.hubdesk.search.SearchKind;
import org.hubdesk.search.SearchQuery;
import org.springframework.stereotype.Component;

/** Affiliates of the directory by name, for everyone. */
@Component
class AffiliateKind implements SearchKind {

	private static final List<String> FIELDS = List.of("name_plain");

	@Override
	public String name() {
		return "affiliate";
	}

	@Override
	public int order() {
		return 40;
	}

	@Override
	public boolean searchableBy(HubViewer viewer, ReadScope scope) {
		return true;
	}

	@Override
	public long count(SearchSession session, SearchQuery query) {
		return session.search(Affiliate.class).where(f -> SearchText.words(f, query.text(), FIELDS))
			.fetchTotalHitCount();
	}

	@Override
	public List<SearchHit> hits(SearchSession session, SearchQuery query, int from, int size) {
		return session.search(Affiliate.class).where(f -> SearchText.words(f, query.text(), FIELDS))
			.fetchHits(from, size).stream()
			.map(a -> new SearchHit(name(), a.getName(), "", "/directory#affiliates", null, null)).toList();
	}
}
