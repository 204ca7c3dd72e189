package org.hubdesk.web;

import java.util.ArrayList;
import java.util.List;

import org.hibernate.resource.jdbc.spi.StatementInspector;

/** Keeps the SQL statements Hibernate prepares on the current thread while it is recording. */
public class Statements implements StatementInspector {

	private static final ThreadLocal<List<String>> RECORDED = new ThreadLocal<>();

	@Override
	public String inspect(String sql) {
		List<String> recording = RECORDED.get();
		if (recording != null) {
			recording.add(sql);
		}
		return sql;
	}

	/** Starts recording on this thread. */
	static void record() {
		RECORDED.set(new ArrayList<>());
	}

	/** The statements recorded since {@link #record()}, and stops recording. */
	static List<String> stop() {
		List<String> recorded = RECORDED.get();
		RECORDED.remove();
		return recorded;
	}
}
