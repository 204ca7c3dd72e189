package org.hubdesk.bench.data;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The batches of the tables one writer fills, in the order they were opened: parents before
 * children, so that a flush sends a parent's rows before its children's.
 */
final class Tables {

	private final Connection db;
	private final Map<String, Batch> batches = new LinkedHashMap<>();

	Tables(Connection db) {
		this.db = db;
	}

	/** Opens the table's batch with these columns. */
	void open(String table, String... columns) throws SQLException {
		batches.put(table, new Batch(db, table, columns));
	}

	Batch get(String table) {
		return batches.get(table);
	}

	/** Sends every table's pending rows, parents before children. */
	void flush() throws SQLException {
		for (Batch batch : batches.values()) {
			batch.flush();
		}
	}

	/** Sends what is pending, closes every batch and counts each table's rows into {@code counts}. */
	void close(Map<String, Long> counts) throws SQLException {
		flush();
		for (Batch batch : batches.values()) {
			counts.put(batch.table(), batch.rows());
			batch.close();
		}
	}
}
