package org.hubdesk.search.internal;

import java.util.List;

import org.hibernate.search.engine.search.predicate.dsl.PredicateFinalStep;
import org.hibernate.search.engine.search.predicate.dsl.SearchPredicateFactory;
import org.hibernate.search.mapper.orm.session.SearchSession;
import org.hubdesk.hub.HubViewer;
import org.hubdesk.request.HelpRequest;
import org.hubdesk.request.ReadScope;
import org.hubdesk.search.SearchHit;
import org.hubdesk.search.SearchKind;
import org.hubdesk.search.SearchQuery;
import org.springframework.stereotype.Component;

/**
 * Requests the viewer reads, by their words (the title counting most), tags (staff only), number ("CP-42") or
 * partner's Wikidata item, narrowed by state, kind of help and the day they were submitted. They
 * are also what the search suggests as one types.
 */
@Component
class RequestKind implements SearchKind {

	private final ScopePredicates scopes;

	RequestKind(ScopePredicates scopes) {
		this.scopes = scopes;
	}

	@Override
	public String name() {
		return "request";
	}

	@Override
	public int order() {
		return 10;
	}

	@Override
	public boolean searchableBy(HubViewer viewer, ReadScope scope) {
		return true;
	}

	@Override
	public boolean suggests() {
		return true;
	}

	@Override
	public long count(SearchSession session, SearchQuery query) {
		return session.search(HelpRequest.class).where(f -> predicate(f, query)).fetchTotalHitCount();
	}

	@Override
	public List<SearchHit> hits(SearchSession session, SearchQuery query, int from, int size) {
		String prefix = query.hub().getNumberPrefix();
		return session.search(HelpRequest.class)
			.select(f -> f.composite(SearchText.withHighlights(f, f.entity().toProjection(), SearchFields.REQUEST_TEXT)))
			.where(f -> predicate(f, query))
			.highlighter(h -> h.plain().tag(Snippets.OPEN, Snippets.CLOSE).fragmentSize(160).numberOfFragments(1))
			.fetchHits(from, size).stream()
			.map(row -> {
				HelpRequest r = (HelpRequest) row.get(0);
				return new SearchHit(name(), r.reference(prefix) + " " + r.getTitle(),
						Snippets.html(row.subList(1, row.size()), r.getDescription()),
						query.base() + "/requests/" + r.getNumber(), r.getState().name(), r.getSubmittedAt());
			}).toList();
	}

	private PredicateFinalStep predicate(SearchPredicateFactory f, SearchQuery query) {
		String text = query.text();
		return f.bool(b -> {
			b.must(scopes.requests(f, query.scope()));
			if (query.filters().state() != null) {
				b.must(f.match().field("state").matching(query.filters().state()));
			}
			if (query.filters().needId() != null) {
				b.must(f.match().field("needIds").matching(query.filters().needId()));
			}
			SearchText.period(f, b, "submittedAt", query.filters());
			b.must(f.or(SearchText.textOf(f, text, SearchFields.REQUEST_TEXT, "title"),
					SearchText.exact(f, query.hub(), text), tags(f, query)));
		});
	}

	/**
	 * The request's tags match exactly, for those who read them: they are the staff's, so whoever
	 * does not read internal matters finds nothing by them (they could otherwise learn the tags of
	 * their own request by trying words).
	 */
	private static PredicateFinalStep tags(SearchPredicateFactory f, SearchQuery query) {
		return query.scope().internalNotes() ? f.match().field("tags").matching(query.text()) : f.matchNone();
	}
}
