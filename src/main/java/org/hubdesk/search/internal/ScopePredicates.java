package org.hubdesk.search.internal;

import java.util.Set;
import java.util.stream.Collectors;

import org.hibernate.search.engine.search.predicate.dsl.PredicateFinalStep;
import org.hibernate.search.engine.search.predicate.dsl.SearchPredicateFactory;
import org.hubdesk.hub.Hub;
import org.hubdesk.request.HelpRequest;
import org.hubdesk.request.ReadScope;
import org.hubdesk.request.Requests;
import org.springframework.stereotype.Component;

/**
 * A {@link ReadScope} as predicates on the index, part by part: its hub, the states it never lists,
 * the person whose own requests alone it reads, and whether it reads internal notes. The rule itself
 * is the scope's; this only translates it.
 */
@Component
class ScopePredicates {

	private final Requests requests;

	ScopePredicates(Requests requests) {
		this.requests = requests;
	}

	/** The requests the scope reads. */
	PredicateFinalStep requests(SearchPredicateFactory f, ReadScope scope) {
		if (scope.nothing()) {
			return f.matchNone();
		}
		return f.bool(b -> {
			b.must(f.match().field("hubId").matching(scope.hubId()));
			scope.unlisted().forEach(state -> b.mustNot(f.match().field("state").matching(state)));
			scope.requestedBy().ifPresent(person -> b.must(f.or(f.match().field("requesterId").matching(person),
					f.match().field("coRequesterIds").matching(person))));
		});
	}

	/**
	 * The messages the scope reads: those on the requests it reads, internal notes only when it reads
	 * them. A message's index holds its request's hub and state but not its requesters, so someone's
	 * own requests come as the ids of those the scope reads among theirs.
	 */
	PredicateFinalStep messages(SearchPredicateFactory f, ReadScope scope, Hub hub) {
		if (scope.nothing()) {
			return f.matchNone();
		}
		return f.bool(b -> {
			b.must(f.match().field("request.hubId").matching(scope.hubId()));
			scope.unlisted().forEach(state -> b.mustNot(f.match().field("request.state").matching(state)));
			if (!scope.internalNotes()) {
				b.must(f.match().field("internal").matching(false));
			}
			scope.requestedBy().ifPresent(person -> {
				Set<Long> ids = requests.mine(hub, person).stream().filter(scope::reads).map(HelpRequest::getId)
					.collect(Collectors.toSet());
				b.must(ids.isEmpty() ? f.matchNone() : f.terms().field("requestId").matchingAny(ids));
			});
		});
	}
}
