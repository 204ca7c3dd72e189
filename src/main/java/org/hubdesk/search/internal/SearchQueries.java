package org.hubdesk.search.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import java.time.Instant;
import java.time.ZoneOffset;

import org.hibernate.search.engine.search.common.BooleanOperator;
import org.hibernate.search.util.common.data.RangeBoundInclusion;
import org.hibernate.search.engine.search.predicate.dsl.BooleanPredicateClausesStep;
import org.hibernate.search.engine.search.predicate.dsl.PredicateFinalStep;
import org.hibernate.search.engine.search.predicate.dsl.SearchPredicateFactory;
import org.hibernate.search.engine.search.projection.SearchProjection;
import org.hibernate.search.engine.search.projection.dsl.SearchProjectionFactory;
import org.hibernate.search.mapper.orm.session.SearchSession;
import org.hubdesk.directory.Affiliate;
import org.hubdesk.directory.ThematicGroup;
import org.hubdesk.hub.Hub;
import org.hubdesk.identity.Person;
import org.hubdesk.request.HelpRequest;
import org.hubdesk.request.RequestMessage;
import org.hubdesk.request.RequestState;
import org.hubdesk.request.Requests;
import org.hubdesk.search.SearchFilters;
import org.hubdesk.search.SearchHit;
import org.springframework.stereotype.Component;

/**
 * The queries of each kind, with the viewer's access inside them: a requester's requests are those
 * they request or co-request, their messages those on such requests and never internal notes; the
 * hub's staff see the whole hub. Titles and names weigh more than a passing mention.
 */
@Component
public class SearchQueries {

	private static final Pattern REFERENCE = Pattern.compile("^\\s*([A-Za-z]{1,10})-(\\d{1,9})\\s*$");
	private static final Pattern QID = Pattern.compile("^\\s*(Q\\d+)\\s*$", Pattern.CASE_INSENSITIVE);
	private static final float TITLE_BOOST = 4f;

	private final Requests requests;

	SearchQueries(Requests requests) {
		this.requests = requests;
	}

	public long count(SearchSession session, String kind, Hub hub, long viewerId, boolean staff, Set<Long> mine,
			String text, SearchFilters state) {
		return switch (kind) {
			case "request" -> session.search(HelpRequest.class)
				.where(f -> requestPredicate(f, hub, viewerId, staff, text, state)).fetchTotalHitCount();
			case "message", "note" -> session.search(RequestMessage.class)
				.where(f -> messagePredicate(f, hub, staff, mine, text, kind.equals("note"), state)).fetchTotalHitCount();
			case "affiliate" -> session.search(Affiliate.class)
				.where(f -> words(f, text, List.of("name_plain"))).fetchTotalHitCount();
			case "group" -> session.search(ThematicGroup.class)
				.where(f -> words(f, text, List.of("name", "description"))).fetchTotalHitCount();
			case "person" -> staff ? session.search(Person.class)
				.where(f -> words(f, text, List.of("username_plain", "displayName_plain"))).fetchTotalHitCount() : 0;
			default -> 0;
		};
	}

	public List<SearchHit> hits(SearchSession session, String kind, Hub hub, long viewerId, boolean staff,
			Set<Long> mine, String text, SearchFilters state, int from, int size) {
		String base = "/hubs/" + hub.getSlug();
		return switch (kind) {
			case "request" -> session.search(HelpRequest.class)
				.select(f -> f.composite(withHighlights(f, f.entity().toProjection(), SearchFields.REQUEST_TEXT)))
				.where(f -> requestPredicate(f, hub, viewerId, staff, text, state))
				.highlighter(h -> h.plain().tag(Snippets.OPEN, Snippets.CLOSE).fragmentSize(160).numberOfFragments(1))
				.fetchHits(from, size).stream()
				.map(row -> {
					HelpRequest r = (HelpRequest) row.get(0);
					return new SearchHit("request", r.reference(hub.getNumberPrefix()) + " " + r.getTitle(),
							Snippets.html(row.subList(1, row.size()), r.getDescription()),
							base + "/requests/" + r.getNumber(), r.getState().name(), r.getSubmittedAt());
				}).toList();
			case "message", "note" -> messageHits(session.search(RequestMessage.class)
				.select(f -> f.composite(withHighlights(f, f.entity().toProjection(), List.of("body"))))
				.where(f -> messagePredicate(f, hub, staff, mine, text, kind.equals("note"), state))
				.highlighter(h -> h.plain().tag(Snippets.OPEN, Snippets.CLOSE).fragmentSize(160).numberOfFragments(1))
				.fetchHits(from, size), hub, base);
			case "affiliate" -> session.search(Affiliate.class)
				.where(f -> words(f, text, List.of("name_plain"))).fetchHits(from, size).stream()
				.map(a -> new SearchHit("affiliate", a.getName(), "", "/directory#affiliates", null, null)).toList();
			case "group" -> session.search(ThematicGroup.class)
				.where(f -> words(f, text, List.of("name", "description"))).fetchHits(from, size).stream()
				.map(g -> new SearchHit("group", g.getName(), Snippets.html(List.of(), g.getDescription()),
						"/directory#groups", null, null)).toList();
			case "person" -> !staff ? List.of() : session.search(Person.class)
				.where(f -> words(f, text, List.of("username_plain", "displayName_plain"))).fetchHits(from, size)
				.stream()
				.map(p -> new SearchHit("person", p.getName() + " (" + p.getUsername() + ")", "", base + "/desk", null,
						null)).toList();
			default -> List.of();
		};
	}

	/** The message rows as hits, their requests loaded in one query. */
	private List<SearchHit> messageHits(List<List<?>> rows, Hub hub, String base) {
		java.util.Map<Long, HelpRequest> byId = requests.byIds(rows.stream()
			.map(row -> ((RequestMessage) row.get(0)).getRequestId()).collect(java.util.stream.Collectors.toSet()))
			.stream().collect(java.util.stream.Collectors.toMap(HelpRequest::getId, r -> r));
		return rows.stream().map(row -> {
			RequestMessage m = (RequestMessage) row.get(0);
			HelpRequest r = byId.get(m.getRequestId());
			return new SearchHit(m.isInternal() ? "note" : "message",
					r.reference(hub.getNumberPrefix()) + " " + r.getTitle(),
					Snippets.html(row.subList(1, row.size()), m.getBody()),
					base + "/requests/" + r.getNumber() + "#timeline", r.getState().name(), m.getCreatedAt());
		}).toList();
	}

	private PredicateFinalStep requestPredicate(SearchPredicateFactory f, Hub hub, long viewerId, boolean staff,
			String text, SearchFilters filters) {
		return f.bool(b -> {
			b.must(f.match().field("hubId").matching(hub.getId()));
			b.mustNot(f.match().field("state").matching(RequestState.DRAFT));
			if (!staff) {
				b.must(f.or(f.match().field("requesterId").matching(viewerId),
						f.match().field("coRequesterIds").matching(viewerId)));
			}
			if (filters.state() != null) {
				b.must(f.match().field("state").matching(filters.state()));
			}
			if (filters.needId() != null) {
				b.must(f.match().field("needIds").matching(filters.needId()));
			}
			period(f, b, "submittedAt", filters);
			b.must(f.or(textOf(f, text, SearchFields.REQUEST_TEXT, "title"), exact(f, hub, text),
					f.match().field("tags").matching(text)));
		});
	}

	private PredicateFinalStep messagePredicate(SearchPredicateFactory f, Hub hub, boolean staff, Set<Long> mine,
			String text, boolean notes, SearchFilters filters) {
		return f.bool(b -> {
			b.must(f.match().field("request.hubId").matching(hub.getId()));
			b.must(f.match().field("internal").matching(notes));
			if (!staff) {
				if (notes || mine.isEmpty()) {
					b.must(f.matchNone());
				}
				else {
					b.must(f.terms().field("requestId").matchingAny(mine));
				}
			}
			period(f, b, "createdAt", filters);
			b.must(textOf(f, text, List.of("body"), null));
		});
	}

	/** Limits a date field to the filters' period, in UTC days. */
	private static void period(SearchPredicateFactory f, BooleanPredicateClausesStep<?, ?> b, String field,
			SearchFilters filters) {
		if (filters.from() == null && filters.to() == null) {
			return;
		}
		Instant from = filters.from() == null ? Instant.EPOCH : filters.from().atStartOfDay(ZoneOffset.UTC).toInstant();
		Instant to = filters.to() == null ? Instant.parse("9999-12-31T00:00:00Z")
				: filters.to().plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant();
		b.must(f.range().field(field).between(from, RangeBoundInclusion.INCLUDED, to, RangeBoundInclusion.EXCLUDED));
	}

	/** The words in every analysis of the fields, all required; the boosted field counts more. */
	private static PredicateFinalStep textOf(SearchPredicateFactory f, String text, List<String> properties,
			String boosted) {
		var step = f.simpleQueryString().fields(SearchFields.variants(properties));
		if (boosted != null) {
			step = step.fields(SearchFields.variants(List.of(boosted))).boost(TITLE_BOOST);
		}
		return step.matching(text).defaultOperator(BooleanOperator.AND);
	}

	private static PredicateFinalStep words(SearchPredicateFactory f, String text, List<String> fields) {
		List<String> all = new ArrayList<>();
		for (String field : fields) {
			if (field.endsWith("_plain")) {
				all.add(field);
			}
			else {
				all.addAll(List.of(SearchFields.variants(List.of(field))));
			}
		}
		return f.simpleQueryString().fields(all.toArray(String[]::new)).matching(text)
			.defaultOperator(BooleanOperator.AND);
	}

	/** A request number of this hub ("CP-42") or a Wikidata item ("Q42") matches exactly; else nothing. */
	private static PredicateFinalStep exact(SearchPredicateFactory f, Hub hub, String text) {
		Matcher reference = REFERENCE.matcher(text);
		if (reference.matches() && reference.group(1).equalsIgnoreCase(hub.getNumberPrefix())) {
			return f.match().field("number").matching(Integer.valueOf(reference.group(2))).boost(10f);
		}
		Matcher qid = QID.matcher(text);
		if (qid.matches()) {
			return f.match().field("partnerQid").matching(qid.group(1)).boost(10f);
		}
		return f.matchNone();
	}

	/** The entity, then the highlights of every analysis of the properties. */
	private static SearchProjection<?>[] withHighlights(SearchProjectionFactory<?, ?> f, SearchProjection<?> entity,
			List<String> properties) {
		List<SearchProjection<?>> all = new ArrayList<>();
		all.add(entity);
		for (String field : SearchFields.variants(properties)) {
			all.add(f.highlight(field).toProjection());
		}
		return all.toArray(SearchProjection<?>[]::new);
	}
}
