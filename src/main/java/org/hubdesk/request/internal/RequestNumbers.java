package org.hubdesk.request.internal;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Hands out each hub's request numbers, 1, 2, 3 …, without gaps from concurrent submissions: the
 * hub's counter row is locked for the length of the submitting transaction.
 */
@Component
public class RequestNumbers {

	private final JdbcTemplate jdbc;

	RequestNumbers(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/** The next number of the hub, taken inside the caller's transaction (its counter stays locked). */
	@Transactional(propagation = Propagation.MANDATORY)
	public int next(long hubId) {
		Integer last = jdbc.query("select last_number from request_number where hub_id = ? for update",
				rs -> rs.next() ? rs.getInt(1) : null, hubId);
		if (last == null) {
			throw new IllegalStateException("No request counter for hub " + hubId);
		}
		jdbc.update("update request_number set last_number = ? where hub_id = ?", last + 1, hubId);
		return last + 1;
	}

	/** Makes sure the hub has its counter, in a transaction of its own so a race loses nothing. */
	@Transactional(propagation = Propagation.REQUIRES_NEW)
	public void ensureCounter(long hubId) {
		Integer present = jdbc.queryForObject("select count(*) from request_number where hub_id = ?", Integer.class,
				hubId);
		if (present != null && present == 0) {
			try {
				jdbc.update("insert into request_number (hub_id, last_number) values (?, 0)", hubId);
			}
			catch (DuplicateKeyException ex) {
				// another submission created it at the same moment
			}
		}
	}
}
