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
 * thing the role may not know of; {@code a/b} where either is right. A new route needs a row here
 * before the matrix passes.
 */
final class AccessTable {

	private AccessTable() {
	}

	static final Map<String, String[]> ROWS = parse(
	//		 route                                                             anon req req2 member staff admin
		// one hub redirects to it, several are listed (other tests may add hubs)
		"GET /                                                            | 200/302 200/302 200/302 200/302 200/302 200/302",
		"GET /login                                                       | 200 302 302 302 302 302",
		"POST /language                                                   | 302 302 302 302 302 302",
		"GET /hubs/{slug}                                                 | 200 200 200 200 200 200",
		"GET /directory                                                   | 200 200 200 200 200 200",
		// the committee's principles are public; only its chair edits the rubric
		"GET /hubs/{slug}/principles                                      | 200 200 200 200 200 200",
		"GET /hubs/{slug}/decisions                                       | 200 200 200 200 200 200",
		"GET /hubs/{slug}/committee/rubric                                | login 403 403 403 403 403",
		"POST /hubs/{slug}/committee/rubric                               | login 403 403 403 403 403",
		// the committee's own pages: its members (member1) only; the chair's forms to no matrix role;
		// the fixtures' request was never on an agenda, so its review is not there for a member
		"GET /hubs/{slug}/committee                                       | login 403 403 200 403 403",
		// the ranking: the committee, staff and admins (each sees what is theirs to see)
		"GET /hubs/{slug}/committee/ranking                               | login 403 403 200 200 200",
		"POST /hubs/{slug}/committee/meetings                             | login 403 403 403 403 403",
		"GET /hubs/{slug}/committee/replies                               | login 403 403 403 403 403",
		"POST /hubs/{slug}/committee/replies/{outcome}/{language}         | login 403 403 403 403 403",
		"POST /hubs/{slug}/committee/meetings/{id}/agenda                 | login 403 403 403 403 403",
		"GET /hubs/{slug}/committee/requests/{n}                          | login 403 403 404 403 403",
		"POST /hubs/{slug}/committee/requests/{n}/review                  | login 403 403 404 403 403",
		"POST /hubs/{slug}/committee/requests/{n}/conflicts               | login 403 403 404 403 403",
		"POST /hubs/{slug}/committee/requests/{n}/conflicts/{memberId}    | login 403 403 403 403 403",
		"POST /hubs/{slug}/committee/requests/{n}/discussion              | login 403 403 404 403 403",
		"POST /hubs/{slug}/committee/requests/{n}/vote                    | login 403 403 404 403 403",
		"POST /hubs/{slug}/committee/requests/{n}/decision                | login 403 403 403 403 403",
		"GET /directory/affiliates/new                                    | login 403 403 403 403 200",
		"GET /directory/thematic-groups/new                               | login 403 403 403 403 200",
		"GET /directory/institutions/new                                  | login 403 403 403 403 200",
		"POST /directory/affiliates                                       | login 403 403 403 403 302",
		"POST /directory/thematic-groups                                  | login 403 403 403 403 302",
		"POST /directory/institutions                                     | login 403 403 403 403 302",
		"GET /admin                                                       | login 403 403 403 403 200",
		"POST /admin/hubs                                                 | login 403 403 403 403 302",
		"GET /admin/hubs/{slug}                                           | login 403 403 403 403 200",
		"POST /admin/hubs/{slug}/roles                                    | login 403 403 403 403 302",
		"POST /admin/hubs/{slug}/roles/delete                             | login 403 403 403 403 302",
		"POST /admin/search/rebuild                                       | login 403 403 403 403 302",
		"GET /account                                                     | login 200 200 200 200 200",
		"POST /account                                                    | login 302 302 302 302 302",
		"POST /account/affiliations                                       | login 302 302 302 302 302",
		"POST /account/affiliations/{affiliateId}/delete                  | login 302 302 302 302 302",
		"POST /account/password                                           | login 302 302 302 302 302",
		"POST /account/tokens                                             | login 302 302 302 302 302",
		// another's token is "unknown" on the account page: revoking it changes nothing
		"POST /account/tokens/{id}/revoke                                 | login 302 302 302 302 302",
		"GET /notifications                                               | login 200 200 200 200 200",
		"POST /notifications/{id}/read                                    | login 302 404 404 404 404",
		"POST /notifications/read-all                                     | login 302 302 302 302 302",
		"GET /api/v1/me                                                   | 401 200 200 200 200 200",
		"GET /api/v1/me/notifications                                     | 401 200 200 200 200 200",
		"POST /api/v1/me/notifications/{id}/read                          | 401 200 404 404 404 404",
		"GET /api/v1/hubs                                                 | 200 200 200 200 200 200",
		"GET /api/v1/hubs/{slug}                                          | 200 200 200 200 200 200",
		"GET /v3/api-docs                                                 | 200 200 200 200 200 200",
		"GET /v3/api-docs.yaml                                            | 200 200 200 200 200 200",
		// the error page opened by itself has no error to explain: nothing is there
		"GET /error                                                       | 404 404 404 404 404 404",
		"POST /error                                                      | 404 404 404 404 404 404",
		"GET /hubs/{slug}/requests                                        | login 200 200 200 200 200",
		"GET /hubs/{slug}/requests/new                                    | login 200 200 200 200 200",
		"POST /hubs/{slug}/requests/new                                   | login 302 302 302 302 302",
		// a draft is its requesters' alone, not even the staff's
		"GET /hubs/{slug}/requests/drafts/{id}                            | login 200 404 404 404 404",
		"POST /hubs/{slug}/requests/drafts/{id}                           | login 302 404 404 404 404",
		"GET /hubs/{slug}/requests/drafts/{draftId}/attachments/{id}      | login 200 404 404 404 404",
		"GET /hubs/{slug}/requests/{n}                                    | login 200 404 404 200 200",
		"POST /hubs/{slug}/requests/{n}/messages                          | login 302 404 404 302 302",
		// staff may not withdraw a requester's request: the form says so (200), nothing changes
		"POST /hubs/{slug}/requests/{n}/withdraw                          | login 302 404 404 200 200",
		"POST /hubs/{slug}/requests/{n}/transition                        | login 403 404 404 302 302",
		"POST /hubs/{slug}/requests/{n}/assign                            | login 403 404 404 302 302",
		"POST /hubs/{slug}/requests/{number}/attachments                  | login 302 404 404 302 302",
		"GET /hubs/{slug}/requests/{number}/attachments/{id}              | login 200 404 404 200 200",
		"POST /hubs/{slug}/requests/{n}/work/estimate                     | login 403 404 404 302 302",
		"POST /hubs/{slug}/requests/{n}/work/tags                         | login 403 404 404 302 302",
		"POST /hubs/{slug}/requests/{n}/work/milestones                   | login 403 404 404 302 302",
		"POST /hubs/{slug}/requests/{n}/work/milestones/{id}              | login 403 404 404 302 302",
		"POST /hubs/{slug}/requests/{n}/work/hours                        | login 403 404 404 302 302",
		"POST /hubs/{slug}/requests/{n}/work/outcome                      | login 403 404 404 302 302",
		"POST /hubs/{slug}/requests/{n}/work/split                        | login 403 404 404 302 302",
		"GET /hubs/{slug}/desk                                            | login 403 403 403 200 200",
		"GET /hubs/{slug}/desk/affiliates                                 | login 403 403 403 200 200",
		"POST /hubs/{slug}/desk/views                                     | login 403 403 403 302 302",
		"POST /hubs/{slug}/desk/views/{id}/delete                         | login 403 403 403 302 302",
		"GET /hubs/{slug}/desk/canned-replies                             | login 403 403 403 200 200",
		"POST /hubs/{slug}/desk/canned-replies                            | login 403 403 403 302 302",
		"POST /hubs/{slug}/desk/canned-replies/{id}/delete                | login 403 403 403 302 302",
		"GET /hubs/{slug}/search                                          | login 200 200 200 200 200",
		"GET /hubs/{slug}/search/suggest                                  | login 200 200 200 200 200",
		"GET /api/v1/hubs/{slug}/search                                   | 401 200 200 200 200 200",
		"GET /api/v1/hubs/{slug}/search/suggest                           | 401 200 200 200 200 200",
		"POST /api/v1/hubs/{slug}/requests                                | 401 201 201 201 201 201",
		"GET /api/v1/hubs/{slug}/requests                                 | 401 200 200 200 200 200",
		"GET /api/v1/hubs/{slug}/requests/{number}                        | 401 200 404 404 200 200",
		"PATCH /api/v1/hubs/{slug}/requests/{number}                      | 401 200 404 404 200 200",
		"GET /api/v1/hubs/{slug}/requests/drafts                          | 401 200 200 200 200 200",
		"GET /api/v1/hubs/{slug}/requests/drafts/{id}                     | 401 200 404 404 404 404",
		"PATCH /api/v1/hubs/{slug}/requests/drafts/{id}                   | 401 200 404 404 404 404",
		"POST /api/v1/hubs/{slug}/requests/drafts/{id}/submit             | 401 201 404 404 404 404",
		"POST /api/v1/hubs/{slug}/requests/{number}/transitions           | 401 403 404 404 200 200",
		"POST /api/v1/hubs/{slug}/requests/{number}/assignment            | 401 403 404 404 200 200",
		"POST /api/v1/hubs/{slug}/requests/{number}/messages              | 401 201 404 404 201 201",
		"GET /api/v1/hubs/{slug}/requests/{number}/attachments            | 401 200 404 404 200 200",
		"POST /api/v1/hubs/{slug}/requests/{number}/attachments           | 401 201 404 404 201 201",
		"GET /api/v1/hubs/{slug}/requests/{number}/attachments/{id}       | 401 200 404 404 200 200",
		"POST /api/v1/hubs/{slug}/requests/{number}/withdrawal            | 401 200 404 404 403 403",
		"GET /actuator                                                    | 401 403 403 403 403 200",
		"GET /actuator/health                                             | 200 200 200 200 200 200",
		"GET /actuator/health/**                                          | 200 200 200 200 200 200",
		"GET /actuator/prometheus                                         | 401 403 403 403 403 200",
		// the committee's API: its rubric and decision log are public; its meetings are the committee's and the
		// staff's; the rest is the committee's (the chair's where it decides). The matrix's request has never been
		// on an agenda: the committee's work on it is not there for a member, and staff who know of it may not act
		"GET /api/v1/hubs/{slug}/committee/rubric                         | 200 200 200 200 200 200",
		"GET /api/v1/hubs/{slug}/committee/decisions                      | 200 200 200 200 200 200",
		"GET /api/v1/hubs/{slug}/committee/meetings                       | 401 403 403 200 200 200",
		"POST /api/v1/hubs/{slug}/committee/meetings                      | 401 403 403 403 403 403",
		"POST /api/v1/hubs/{slug}/committee/meetings/{meetingId}/agenda   | 401 403 403 403 403 403",
		"GET /api/v1/hubs/{slug}/committee/queue                          | 401 403 403 200 403 403",
		"GET /api/v1/hubs/{slug}/committee/requests/{number}/review       | 401 404 404 404 200 200",
		"PUT /api/v1/hubs/{slug}/committee/requests/{number}/review       | 401 404 404 404 403 403",
		"GET /api/v1/hubs/{slug}/committee/requests/{number}/conflicts    | 401 404 404 404 403 403",
		"POST /api/v1/hubs/{slug}/committee/requests/{number}/conflicts   | 401 404 404 404 403 403",
		"POST /api/v1/hubs/{slug}/committee/requests/{number}/conflicts/{member} | 401 404 404 404 403 403",
		"GET /api/v1/hubs/{slug}/committee/requests/{number}/discussion   | 401 404 404 404 403 403",
		"POST /api/v1/hubs/{slug}/committee/requests/{number}/discussion  | 401 404 404 404 403 403",
		"PUT /api/v1/hubs/{slug}/committee/requests/{number}/vote         | 401 404 404 404 403 403",
		"POST /api/v1/hubs/{slug}/committee/requests/{number}/decision    | 401 404 404 404 403 403"
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
