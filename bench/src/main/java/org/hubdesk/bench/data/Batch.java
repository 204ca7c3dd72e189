package org.hubdesk.bench.data;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.ZoneOffset;

/** Rows of one table, sent to the database in batches of a prepared insert when the caller flushes. */
final class Batch implements AutoCloseable {

	private static final int SIZE = 2000;

	private final PreparedStatement statement;
	private final String table;
	private int pending;
	private long rows;

	Batch(Connection connection, String table, String... columns) throws SQLException {
		this.table = table;
		String marks = String.join(", ", java.util.Collections.nCopies(columns.length, "?"));
		this.statement = connection.prepareStatement(
				"insert into " + table + " (" + String.join(", ", columns) + ") values (" + marks + ")");
	}

	void add(Object... values) throws SQLException {
		for (int i = 0; i < values.length; i++) {
			Object value = values[i];
			if (value == null) {
				statement.setNull(i + 1, Types.NULL);
			}
			else if (value instanceof Instant instant) {
				statement.setObject(i + 1, instant.atOffset(ZoneOffset.UTC));
			}
			else {
				statement.setObject(i + 1, value);
			}
		}
		statement.addBatch();
		rows++;
		pending++;
	}

	/** Whether enough rows wait to be worth a round trip; the caller flushes, parents before children. */
	boolean full() {
		return pending >= SIZE;
	}

	void flush() throws SQLException {
		if (pending > 0) {
			statement.executeBatch();
			pending = 0;
		}
	}

	long rows() {
		return rows;
	}

	String table() {
		return table;
	}

	@Override
	public void close() throws SQLException {
		flush();
		statement.close();
	}

}
