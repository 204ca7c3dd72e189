package org.hubdesk.shared;

import java.util.Collection;
import java.util.List;
import java.util.Map;

import jakarta.persistence.EntityManager;

/** The implementation Spring Data finds for {@link InListQueries}. */
class InListQueriesImpl implements InListQueries {

	private final EntityManager entityManager;

	InListQueriesImpl(EntityManager entityManager) {
		this.entityManager = entityManager;
	}

	@Override
	public <R> List<R> selectIn(String query, Class<R> type, Collection<?> values, Map<String, ?> parameters) {
		return InList.select(entityManager, query, type, values, parameters);
	}
}
