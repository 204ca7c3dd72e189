package org.hubdesk.search.internal;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.hibernate.search.engine.search.common.BooleanOperator;
import org.hibernate.search.engine.search.predicate.dsl.BooleanPredicateClausesStep;
import org.hibernate.search.engine.search.predicate.dsl.PredicateFinalStep;
import org.hibernate.search.engine.search.predicate.dsl.SearchPredicateFactory;
import org.hibernate.search.engine.search.predicate.dsl.SimpleQueryFlag;
import org.hibernate.search.engine.search.projection.SearchProjection;
import org.hibernate.search.engine.search.projection.dsl.SearchProjectionFactory;
import org.hibernate.search.util.common.data.RangeBoundInclusion;
import org.hubdesk.hub.Hub;
import org.hubdesk.search.SearchFilters;

/**
 * How the kinds match words: in every analysis of a text, all words required, titles weighing more
 * than a passing mention; exact references; periods; and the highlights a snippet is made from.
 */
final class SearchText {

	private static final Pattern REFERENCE = Pattern.compile("^\\s*([A-Za-z]{1,10})-(\\d{1,9})\\s*$");
	private static final Pattern QID = Pattern.compile("^\\s*(Q\\d+)\\s*$", Pattern.CASE_INSENSITIVE);
	private static final float TITLE_BOOST = 4f;

	/**
	 * The syntax a search box understands: all words required, {@code |} for either, {@code -} for
	 * none of, quotes for a phrase, {@code *} for a prefix, parentheses, a backslash to escape. Fuzzy
	 * and proximity operators ({@code word~2}, {@code "two words"~3}) are left out: a {@code ~} is
	 * read as part of the word, so whatever is typed is a query, never a failure.
	 */
	static final Set<SimpleQueryFlag> SYNTAX = EnumSet.of(SimpleQueryFlag.AND, SimpleQueryFlag.OR,
			SimpleQueryFlag.NOT, SimpleQueryFlag.PHRASE, SimpleQueryFlag.PREFIX, SimpleQueryFlag.PRECEDENCE,
			SimpleQueryFlag.ESCAPE, SimpleQueryFlag.WHITESPACE);

	private SearchText() {
	}

	/** Limits a date field to the filters' period, in UTC days. */
	static void period(SearchPredicateFactory f, BooleanPredicateClausesStep<?, ?> b, String field,
			SearchFilters filters) {
		if (filters.from() == null && filters.to() == null) {
			return;
		}
		Instant from = filters.from() == null ? Instant.EPOCH : filters.from().atStartOfDay(ZoneOffset.UTC).toInstant();
		Instant to = filters.to() == null ? Instant.parse("9999-12-31T00:00:00Z")
				: filters.to().plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant();
		b.must(f.range().field(field).between(from, RangeBoundInclusion.INCLUDED, to, RangeBoundInclusion.EXCLUDED));
	}

	/** The words in every analysis of the properties, all required; the boosted property counts more. */
	static PredicateFinalStep textOf(SearchPredicateFactory f, String text, List<String> properties, String boosted) {
		var step = f.simpleQueryString().fields(SearchFields.variants(properties));
		if (boosted != null) {
			step = step.fields(SearchFields.variants(List.of(boosted))).boost(TITLE_BOOST);
		}
		return step.matching(text).defaultOperator(BooleanOperator.AND).flags(SYNTAX);
	}

	/** The words in the fields, all required: a {@code _plain} field as it is, any other in every analysis. */
	static PredicateFinalStep words(SearchPredicateFactory f, String text, List<String> fields) {
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
			.defaultOperator(BooleanOperator.AND).flags(SYNTAX);
	}

	/** A request number of this hub ("CP-42") or a Wikidata item ("Q42") matches exactly; else nothing. */
	static PredicateFinalStep exact(SearchPredicateFactory f, Hub hub, String text) {
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
	static SearchProjection<?>[] withHighlights(SearchProjectionFactory<?, ?> f, SearchProjection<?> entity,
			List<String> properties) {
		List<SearchProjection<?>> all = new ArrayList<>();
		all.add(entity);
		for (String field : SearchFields.variants(properties)) {
			all.add(f.highlight(field).toProjection());
		}
		return all.toArray(SearchProjection<?>[]::new);
	}
}
