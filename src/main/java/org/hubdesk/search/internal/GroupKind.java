package org.hubdesk.search.internal;

import java.util.List;

import org.hibernate.search.mapper.orm.session.SearchSession;
import org.hubdesk.directory.ThematicGroup;
import org.hubdesk.hub.HubViewer;
import org.hubdesk.request.ReadScope;
import org.hubdesk.search.SearchHit;
import org.hubdesk.search.SearchKind;
import org.hubdesk.search.SearchQuery;
import org.springframework.stereotype.Component;

/** Thematic groups of the directory by name and description, for everyone. */
@Component
class GroupKind implements SearchKind {

	private static final List<String> FIELDS = List.of("name", "description");

	@Override
	public String name() {
		return "group";
	}

	@Override
	public int order() {
		return 50;
	}

	@Override
	public boolean searchableBy(HubViewer viewer, ReadScope scope) {
		return true;
	}

	@Override
	public long count(SearchSession session, SearchQuery query) {
		return session.search(ThematicGroup.class).where(f -> SearchText.words(f, query.text(), FIELDS))
			.fetchTotalHitCount();
	}

	@Override
	public List<SearchHit> hits(SearchSession session, SearchQuery query, int from, int size) {
		return session.search(ThematicGroup.class).where(f -> SearchText.words(f, query.text(), FIELDS))
			.fetchHits(from, size).stream()
			.map(g -> new SearchHit(name(), g.getName(), Snippets.html(List.of(), g.getDescription()),
					"/directory#groups", null, null))
			.toList();
	}
}
