package org.hubdesk.security;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What each role may do on each route: the answer each gets. Columns, in order: anonymous,
 * requester (who owns the route's request and draft), requester2 (another requester), member (a
 * committee member, today a plain member), staff, admin (hub admin and instance admin). An answer is
 * a status, or {@code login} for the redirect to the sign-in page. 200 or 201 for a read or write
 * that was served, 302 for a form that was taken (or, where the form shows its own error, 200), 401
 * for the API without a token, 403 for a thing that is there but not the role's to do, 404 for a
 * thing the role may not know of. A new route needs a row here before the matrix passes.
 */
final class AccessTable {

	private AccessTable() {
	}

	static final Map<String, String[]> ROWS = parse(
	//	 route                                                              anon  req  req2 member staff admin
		"GET /                                                            | 200 200 200 200 200 200"
	);

	static String row(String route, String[] answers) {
		return String.format("%-64s | %s", route, String.join(" ", answers));
	}

	private static Map<String, String[]> parse(String... rows) {
		Map<String, String[]> table = new LinkedHashMap<>();
		for (String row : rows) {
			String[] parts = row.split("\\|");
			String[] answers = parts[1].trim().split("\\s+");
			if (answers.length != Role.values().length || table.put(parts[0].trim(), answers) != null) {
				throw new IllegalStateException("A malformed or repeated row: " + row + " " + Arrays.toString(answers));
			}
		}
		return table;
	}
}
