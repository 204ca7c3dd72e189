package org.hubdesk.search.internal;

import java.util.List;

import org.hibernate.search.mapper.orm.session.SearchSession;
import org.hubdesk.hub.HubViewer;
import org.hubdesk.identity.Person;
import org.hubdesk.request.ReadScope;
import org.hubdesk.search.SearchHit;
import org.hubdesk.search.SearchKind;
import org.hubdesk.search.SearchQuery;
import org.springframework.stereotype.Component;

/** People by username and display name, for the hub's staff only. */
@Component
class PersonKind implements SearchKind {

	private static final List<String> FIELDS = List.of("username_plain", "displayName_plain");

	@Override
	public String name() {
		return "person";
	}

	@Override
	public int order() {
		return 60;
	}

	@Override
	public boolean searchableBy(HubViewer viewer, ReadScope scope) {
		return viewer.isStaff();
	}

	@Override
	public long count(SearchSession session, SearchQuery query) {
		return session.search(Person.class).where(f -> SearchText.words(f, query.text(), FIELDS)).fetchTotalHitCount();
	}

	@Override
	public List<SearchHit> hits(SearchSession session, SearchQuery query, int from, int size) {
		return session.search(Person.class).where(f -> SearchText.words(f, query.text(), FIELDS))
			.fetchHits(from, size).stream()
			.map(p -> new SearchHit(name(), p.getName() + " (" + p.getUsername() + ")", "", query.base() + "/desk",
					null, null))
			.toList();
	}
}
