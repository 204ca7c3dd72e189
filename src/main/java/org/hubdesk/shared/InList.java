package org.hubdesk.shared;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;

/**
 * Queries of the form {@code … where x in (:values)} whose plan is made once and reused. A
 * collection bound to one parameter makes Hibernate translate the query anew on every call (a
 * multi-valued parameter keeps it out of its plan cache); here each value is a parameter of its
 * own, and the list is padded to a power of two by repeating its last value, so that a query has a
 * few shapes, each planned once, by Hibernate and by the database alike. Longer lists than
 * {@link #MAX} are asked in parts. Repositories use it through {@link InListQueries}.
 */
public final class InList {

	/** The placeholder the query text holds where the values go. */
	public static final String VALUES = "(:values)";

	/** The most values one statement carries. */
	static final int MAX = 512;

	private InList() {
	}

	/**
	 * The rows of the query for these values; the query names the place of the values with
	 * {@link #VALUES} and may name other parameters, given in {@code parameters}.
	 */
	static <R> List<R> select(EntityManager entityManager, String query, Class<R> type, Collection<?> values,
			Map<String, ?> parameters) {
		if (!query.contains(VALUES)) {
			throw new IllegalArgumentException("The query has no " + VALUES + ": " + query);
		}
		List<?> all = values.stream().distinct().toList();
		List<R> rows = new ArrayList<>();
		for (int from = 0; from < all.size(); from += MAX) {
			List<?> part = all.subList(from, Math.min(all.size(), from + MAX));
			int size = paddedSize(part.size());
			StringBuilder names = new StringBuilder("(");
			for (int i = 0; i < size; i++) {
				names.append(i == 0 ? "" : ", ").append(":v").append(i);
			}
			TypedQuery<R> q = entityManager.createQuery(query.replace(VALUES, names.append(')').toString()), type);
			for (int i = 0; i < size; i++) {
				q.setParameter("v" + i, part.get(Math.min(i, part.size() - 1)));
			}
			parameters.forEach(q::setParameter);
			rows.addAll(q.getResultList());
		}
		return rows;
	}

	/**
	 * Names one parameter for each value, padded like {@link #select} (the last value repeated),
	 * puts them into {@code parameters} under {@code prefix0, prefix1, …} and answers the list of
	 * their names for the query's text, e.g. {@code (:s0, :s1)}: for queries written out in full
	 * that test several lists at once. The values must not be empty.
	 */
	public static String bind(String prefix, List<?> values, Map<String, Object> parameters) {
		if (values.isEmpty()) {
			throw new IllegalArgumentException("No values for " + prefix);
		}
		int size = paddedSize(values.size());
		StringBuilder names = new StringBuilder("(");
		for (int i = 0; i < size; i++) {
			names.append(i == 0 ? "" : ", ").append(':').append(prefix).append(i);
			parameters.put(prefix + i, values.get(Math.min(i, values.size() - 1)));
		}
		return names.append(')').toString();
	}

	/** The next power of two at or above the size (1 for 0 and 1). */
	static int paddedSize(int size) {
		return size <= 1 ? 1 : Integer.highestOneBit(size - 1) << 1;
	}
}
