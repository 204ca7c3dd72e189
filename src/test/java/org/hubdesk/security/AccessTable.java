package org.hubdesk.security;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What each role may do on each route: the answer each gets. Columns, in the order of {@link Role}:
 * anonymous; requester (who owns the route's requests and draft); requester2 (another requester);
 * staff; expert; researcher; conflicted ({@code member1}, a committee member conflicted on the
 * committee's request through the affiliate they share with its requester); member ({@code member2},
 * a member not conflicted, who has scored it); chair (a member too, not conflicted, who has not scored
 * it; its meeting is under way); admin (hub admin and instance admin, who sits on no committee).
 * The request routes act on {@code requester}'s request at work ({@link MatrixFixtures#own}, never
 * on an agenda, so no committee member reads it); the committee's routes on {@code requester}'s
 * request in review ({@link MatrixFixtures#reviewed}).
 * <p>
 * An answer is a status, or {@code login} for the redirect to the sign-in page. 200 or 201 for a read
 * or write that was served, 302 for a form that was taken (or, where the form shows its own error,
 * 200), 401 for the API without a token, 403 for a thing that is there but not the role's to do, 404
 * for a thing the role may not know of; {@code a/b} where either is right. A new route needs a row
 * here before the matrix passes. A 200 says only that the role is served: what it is shown of the
 * committee's work (no score, comment, discussion, vote or rank to a conflicted member or to staff)
 * is checked in {@link CommitteeVisibilityTests}.
 */
final class AccessTable {

	private AccessTable() {
	}

	static final Map<String, String[]> ROWS = parse(
	//	 route                                                              anon  req   req2  staff expert resrch confl member chair admin
		// one hub redirects to it, several are listed (other tests may add hubs)
		"GET /                                                            | 200/302 200/302 200/302 200/302 200/302 200/302 200/302 200/302 200/302 200/302",
		"GET /login                                                       | 200   302   302   302   302   302   302   302   302   302",
		"POST /language                                                   | 302   302   302   302   302   302   302   302   302   302",
		"GET /hubs/{slug}                                                 | 200   200   200   200   200   200   200   200   200   200",
		"GET /directory                                                   | 200   200   200   200   200   200   200   200   200   200",
		// the committee's principles are public; its chair and the hub's admin edit the rubric; the
		// chair's rubric form adds a row and comes back (200) without saving anything
		"GET /hubs/{slug}/principles                                      | 200   200   200   200   200   200   200   200   200   200",
		"GET /hubs/{slug}/decisions                                       | 200   200   200   200   200   200   200   200   200   200",
		"GET /hubs/{slug}/committee/rubric                                | login 403   403   403   403   403   403   403   200   200",
		"POST /hubs/{slug}/committee/rubric                               | login 403   403   403   403   403   403   403   200   200",
		// the committee's own pages: its members and chair only (a conflicted member too: the queue says they are
		// conflicted); neither staff nor the admin, who sit on no committee
		"GET /hubs/{slug}/committee                                       | login 403   403   403   403   403   200   200   200   403",
		"GET /hubs/{slug}/committee/queue                                 | login 403   403   403   403   403   200   200   200   403",
		// how the committee works is the hub admins' to set
		"GET /hubs/{slug}/committee/settings                              | login 403   403   403   403   403   403   403   403   200",
		"POST /hubs/{slug}/committee/settings                             | login 403   403   403   403   403   403   403   403   302",
		// the ranking: the committee, staff and admins, each seeing what is theirs (the conflicted member no row of
		// that request, staff the order without scores)
		"GET /hubs/{slug}/committee/ranking                               | login 403   403   200   403   403   200   200   200   200",
		// the chair schedules meetings, words the replies and puts requester2's request in triage on the agenda
		"POST /hubs/{slug}/committee/meetings                             | login 403   403   403   403   403   403   403   302   403",
		"GET /hubs/{slug}/committee/replies                               | login 403   403   403   403   403   403   403   200   403",
		"POST /hubs/{slug}/committee/replies/{outcome}/{language}         | login 403   403   403   403   403   403   403   302   403",
		"POST /hubs/{slug}/committee/meetings/{id}/agenda                 | login 403   403   403   403   403   403   403   302   403",
		// the review page of the committee's request: every member reads it, a conflicted one its public part only;
		// anyone else is refused before the request is looked up (403, which tells nothing of it)
		"GET /hubs/{slug}/committee/requests/{n}                          | login 403   403   403   403   403   200   200   200   403",
		// scoring, discussing and voting are for the members not conflicted (member2 revises the review they made,
		// the chair makes a first one); a member may declare a conflict, even one they already have by affiliation
		"POST /hubs/{slug}/committee/requests/{n}/review                  | login 403   403   403   403   403   403   302   302   403",
		"POST /hubs/{slug}/committee/requests/{n}/conflicts               | login 403   403   403   403   403   302   302   302   403",
		// the chair confirms member1's conflict by affiliation, and decides: the quorum has scored (2 of 3)
		"POST /hubs/{slug}/committee/requests/{n}/conflicts/{memberId}    | login 403   403   403   403   403   403   403   302   403",
		"POST /hubs/{slug}/committee/requests/{n}/discussion              | login 403   403   403   403   403   403   302   302   403",
		"POST /hubs/{slug}/committee/requests/{n}/vote                    | login 403   403   403   403   403   403   302   302   403",
		"POST /hubs/{slug}/committee/requests/{n}/decision                | login 403   403   403   403   403   403   403   302   403",
		"GET /directory/affiliates/new                                    | login 403   403   403   403   403   403   403   403   200",
		"GET /directory/thematic-groups/new                               | login 403   403   403   403   403   403   403   403   200",
		"GET /directory/institutions/new                                  | login 403   403   403   403   403   403   403   403   200",
		"POST /directory/affiliates                                       | login 403   403   403   403   403   403   403   403   302",
		"POST /directory/thematic-groups                                  | login 403   403   403   403   403   403   403   403   302",
		"POST /directory/institutions                                     | login 403   403   403   403   403   403   403   403   302",
		"GET /admin                                                       | login 403   403   403   403   403   403   403   403   200",
		"POST /admin/hubs                                                 | login 403   403   403   403   403   403   403   403   302",
		"GET /admin/hubs/{slug}                                           | login 403   403   403   403   403   403   403   403   200",
		"POST /admin/hubs/{slug}/roles                                    | login 403   403   403   403   403   403   403   403   302",
		"POST /admin/hubs/{slug}/roles/delete                             | login 403   403   403   403   403   403   403   403   302",
		"POST /admin/search/rebuild                                       | login 403   403   403   403   403   403   403   403   302",
		"GET /account                                                     | login 200   200   200   200   200   200   200   200   200",
		"POST /account                                                    | login 302   302   302   302   302   302   302   302   302",
		"POST /account/affiliations                                       | login 302   302   302   302   302   302   302   302   302",
		"POST /account/affiliations/{affiliateId}/delete                  | login 302   302   302   302   302   302   302   302   302",
		"POST /account/password                                           | login 302   302   302   302   302   302   302   302   302",
		"POST /account/tokens                                             | login 302   302   302   302   302   302   302   302   302",
		// another's token is "unknown" on the account page: revoking it changes nothing
		"POST /account/tokens/{id}/revoke                                 | login 302   302   302   302   302   302   302   302   302",
		"GET /notifications                                               | login 200   200   200   200   200   200   200   200   200",
		"POST /notifications/{id}/read                                    | login 302   404   404   404   404   404   404   404   404",
		"POST /notifications/read-all                                     | login 302   302   302   302   302   302   302   302   302",
		"GET /api/v1/me                                                   | 401   200   200   200   200   200   200   200   200   200",
		"GET /api/v1/me/notifications                                     | 401   200   200   200   200   200   200   200   200   200",
		"POST /api/v1/me/notifications/{id}/read                          | 401   200   404   404   404   404   404   404   404   404",
		"GET /api/v1/hubs                                                 | 200   200   200   200   200   200   200   200   200   200",
		"GET /api/v1/hubs/{slug}                                          | 200   200   200   200   200   200   200   200   200   200",
		"GET /v3/api-docs                                                 | 200   200   200   200   200   200   200   200   200   200",
		"GET /v3/api-docs.yaml                                            | 200   200   200   200   200   200   200   200   200   200",
		// the error page opened by itself has no error to explain: nothing is there
		"GET /error                                                       | 404   404   404   404   404   404   404   404   404   404",
		"POST /error                                                      | 404   404   404   404   404   404   404   404   404   404",
		"GET /hubs/{slug}/requests                                        | login 200   200   200   200   200   200   200   200   200",
		"GET /hubs/{slug}/requests/new                                    | login 200   200   200   200   200   200   200   200   200",
		"POST /hubs/{slug}/requests/new                                   | login 302   302   302   302   302   302   302   302   302",
		// the lookup of a partner institution on Wikidata, for the request form: anyone signed in
		"GET /hubs/{slug}/requests/institutions                           | login 200   200   200   200   200   200   200   200   200",
		// a draft is its requesters' alone, not even the staff's
		"GET /hubs/{slug}/requests/drafts/{id}                            | login 200   404   404   404   404   404   404   404   404",
		"POST /hubs/{slug}/requests/drafts/{id}                           | login 302   404   404   404   404   404   404   404   404",
		"GET /hubs/{slug}/requests/drafts/{draftId}/attachments/{id}      | login 200   404   404   404   404   404   404   404   404",
		// the request at work was never on an agenda: no committee member reads it
		"GET /hubs/{slug}/requests/{n}                                    | login 200   404   200   404   404   404   404   404   200",
		"POST /hubs/{slug}/requests/{n}/messages                          | login 302   404   302   404   404   404   404   404   302",
		// staff may not withdraw a requester's request: the form says so (200), nothing changes
		"POST /hubs/{slug}/requests/{n}/withdraw                          | login 302   404   200   404   404   404   404   404   200",
		"POST /hubs/{slug}/requests/{n}/transition                        | login 403   404   302   404   404   404   404   404   302",
		"POST /hubs/{slug}/requests/{n}/assign                            | login 403   404   302   404   404   404   404   404   302",
		"POST /hubs/{slug}/requests/{number}/attachments                  | login 302   404   302   404   404   404   404   404   302",
		"GET /hubs/{slug}/requests/{number}/attachments/{id}              | login 200   404   200   404   404   404   404   404   200",
		"POST /hubs/{slug}/requests/{n}/work/estimate                     | login 403   404   302   404   404   404   404   404   302",
		"POST /hubs/{slug}/requests/{n}/work/tags                         | login 403   404   302   404   404   404   404   404   302",
		"POST /hubs/{slug}/requests/{n}/work/milestones                   | login 403   404   302   404   404   404   404   404   302",
		"POST /hubs/{slug}/requests/{n}/work/milestones/{id}              | login 403   404   302   404   404   404   404   404   302",
		"POST /hubs/{slug}/requests/{n}/work/hours                        | login 403   404   302   404   404   404   404   404   302",
		"POST /hubs/{slug}/requests/{n}/work/outcome                      | login 403   404   302   404   404   404   404   404   302",
		"POST /hubs/{slug}/requests/{n}/work/split                        | login 403   404   302   404   404   404   404   404   302",
		// usefulness on the platforms: the request's readers (its requester and staff) see and edit its targets
		// and its partner report; a share link opens the report for anyone; the hub's rollup is its staff's
		"GET /hubs/{slug}/requests/{number}/impact                        | login 200   404   200   404   404   404   404   404   200",
		"GET /hubs/{slug}/requests/{number}/impact/progress               | login 200   404   200   404   404   404   404   404   200",
		"POST /hubs/{slug}/requests/{number}/impact/targets               | login 302   404   302   404   404   404   404   404   302",
		"POST /hubs/{slug}/requests/{number}/impact/targets/{id}/delete   | login 302   404   302   404   404   404   404   404   302",
		"POST /hubs/{slug}/requests/{number}/impact/refresh               | login 302   404   302   404   404   404   404   404   302",
		"GET /hubs/{slug}/requests/{number}/impact/report                 | login 200   404   200   404   404   404   404   404   200",
		"GET /hubs/{slug}/requests/{number}/impact/report.pdf             | login 200   404   200   404   404   404   404   404   200",
		"POST /hubs/{slug}/requests/{number}/impact/shares                | login 302   404   302   404   404   404   404   404   302",
		"POST /hubs/{slug}/requests/{number}/impact/shares/{id}/revoke    | login 302   404   302   404   404   404   404   404   302",
		"GET /impact/reports/{token}                                      | 200   200   200   200   200   200   200   200   200   200",
		"GET /impact/reports/{token}/pdf                                  | 200   200   200   200   200   200   200   200   200   200",
		"GET /hubs/{slug}/impact                                          | login 403   403   200   403   403   403   403   403   200",
		"GET /hubs/{slug}/desk                                            | login 403   403   200   403   403   403   403   403   200",
		"GET /hubs/{slug}/desk/affiliates                                 | login 403   403   200   403   403   403   403   403   200",
		"POST /hubs/{slug}/desk/views                                     | login 403   403   302   403   403   403   403   403   302",
		"POST /hubs/{slug}/desk/views/{id}/delete                         | login 403   403   302   403   403   403   403   403   302",
		"GET /hubs/{slug}/desk/canned-replies                             | login 403   403   200   403   403   403   403   403   200",
		"POST /hubs/{slug}/desk/canned-replies                            | login 403   403   302   403   403   403   403   403   302",
		"POST /hubs/{slug}/desk/canned-replies/{id}/delete                | login 403   403   302   403   403   403   403   403   302",
		"GET /hubs/{slug}/search                                          | login 200   200   200   200   200   200   200   200   200",
		"GET /hubs/{slug}/search/suggest                                  | login 200   200   200   200   200   200   200   200   200",
		"GET /api/v1/hubs/{slug}/search                                   | 401   200   200   200   200   200   200   200   200   200",
		"GET /api/v1/hubs/{slug}/search/suggest                           | 401   200   200   200   200   200   200   200   200   200",
		"POST /api/v1/hubs/{slug}/requests                                | 401   201   201   201   201   201   201   201   201   201",
		"GET /api/v1/hubs/{slug}/requests                                 | 401   200   200   200   200   200   200   200   200   200",
		"GET /api/v1/hubs/{slug}/requests/{number}                        | 401   200   404   200   404   404   404   404   404   200",
		"PATCH /api/v1/hubs/{slug}/requests/{number}                      | 401   200   404   200   404   404   404   404   404   200",
		"GET /api/v1/hubs/{slug}/requests/drafts                          | 401   200   200   200   200   200   200   200   200   200",
		"GET /api/v1/hubs/{slug}/requests/drafts/{id}                     | 401   200   404   404   404   404   404   404   404   404",
		"PATCH /api/v1/hubs/{slug}/requests/drafts/{id}                   | 401   200   404   404   404   404   404   404   404   404",
		"POST /api/v1/hubs/{slug}/requests/drafts/{id}/submit             | 401   201   404   404   404   404   404   404   404   404",
		"POST /api/v1/hubs/{slug}/requests/{number}/transitions           | 401   403   404   200   404   404   404   404   404   200",
		"POST /api/v1/hubs/{slug}/requests/{number}/assignment            | 401   403   404   200   404   404   404   404   404   200",
		"POST /api/v1/hubs/{slug}/requests/{number}/messages              | 401   201   404   201   404   404   404   404   404   201",
		"GET /api/v1/hubs/{slug}/requests/{number}/attachments            | 401   200   404   200   404   404   404   404   404   200",
		"POST /api/v1/hubs/{slug}/requests/{number}/attachments           | 401   201   404   201   404   404   404   404   404   201",
		"GET /api/v1/hubs/{slug}/requests/{number}/attachments/{id}       | 401   200   404   200   404   404   404   404   404   200",
		"POST /api/v1/hubs/{slug}/requests/{number}/withdrawal            | 401   200   404   403   404   404   404   404   404   403",
		"GET /api/v1/hubs/{slug}/requests/{number}/impact                 | 401   200   404   200   404   404   404   404   404   200",
		"POST /api/v1/hubs/{slug}/requests/{number}/impact/targets        | 401   201   404   201   404   404   404   404   404   201",
		"DELETE /api/v1/hubs/{slug}/requests/{number}/impact/targets/{id} | 401   204   404   204   404   404   404   404   404   204",
		"POST /api/v1/hubs/{slug}/requests/{number}/impact/refresh        | 401   202   404   202   404   404   404   404   404   202",
		"GET /actuator                                                    | 401   403   403   403   403   403   403   403   403   200",
		"GET /actuator/health                                             | 200   200   200   200   200   200   200   200   200   200",
		"GET /actuator/health/**                                          | 200   200   200   200   200   200   200   200   200   200",
		"GET /actuator/prometheus                                         | 401   403   403   403   403   403   403   403   403   200",
		// the committee's API: its rubric and decision log are public; its meetings are the committee's and the
		// staff's (an admin is staff); the queue is the members'; the rest is the committee's, on the committee's
		// request (the chair's where it decides). Whoever does not read that request gets 404; staff who read it
		// may not act (403), and read of its review only the quorum and a decision, never a score or vote
		"GET /api/v1/hubs/{slug}/committee/rubric                         | 200   200   200   200   200   200   200   200   200   200",
		"GET /api/v1/hubs/{slug}/committee/decisions                      | 200   200   200   200   200   200   200   200   200   200",
		"GET /api/v1/hubs/{slug}/committee/meetings                       | 401   403   403   200   403   403   200   200   200   200",
		"POST /api/v1/hubs/{slug}/committee/meetings                      | 401   403   403   403   403   403   403   403   201   403",
		"POST /api/v1/hubs/{slug}/committee/meetings/{meetingId}/agenda   | 401   403   403   403   403   403   403   403   201   403",
		"GET /api/v1/hubs/{slug}/committee/queue                          | 401   403   403   403   403   403   200   200   200   403",
		"GET /api/v1/hubs/{slug}/committee/ranking                        | 401   403   403   200   403   403   200   200   200   200",
		"GET /api/v1/hubs/{slug}/committee/settings                       | 401   403   403   403   403   403   403   403   403   200",
		"PUT /api/v1/hubs/{slug}/committee/settings                       | 401   403   403   403   403   403   403   403   403   200",
		// the conflicted member gets the request's public part, staff and the admin the quorum (no score)
		"GET /api/v1/hubs/{slug}/committee/requests/{number}/review       | 401   404   404   200   404   404   200   200   200   200",
		"PUT /api/v1/hubs/{slug}/committee/requests/{number}/review       | 401   404   404   403   404   404   403   200   200   403",
		// a member reads their own conflicts, the chair everyone's; a conflicted member may declare one more
		"GET /api/v1/hubs/{slug}/committee/requests/{number}/conflicts    | 401   404   404   403   404   404   200   200   200   403",
		"POST /api/v1/hubs/{slug}/committee/requests/{number}/conflicts   | 401   404   404   403   404   404   201   201   201   403",
		"POST /api/v1/hubs/{slug}/committee/requests/{number}/conflicts/{member} | 401   404   404   403   404   404   403   403   200   403",
		// the discussion and votes are the non-conflicted members' alone: the conflicted member is refused
		"GET /api/v1/hubs/{slug}/committee/requests/{number}/discussion   | 401   404   404   403   404   404   403   200   200   403",
		"POST /api/v1/hubs/{slug}/committee/requests/{number}/discussion  | 401   404   404   403   404   404   403   201   201   403",
		"PUT /api/v1/hubs/{slug}/committee/requests/{number}/vote         | 401   404   404   403   404   404   403   200   200   403",
		"POST /api/v1/hubs/{slug}/committee/requests/{number}/decision    | 401   404   404   403   404   404   403   403   201   403"
	);

	static String row(String route, String[] answers) {
		StringBuilder row = new StringBuilder(String.format("%-64s |", route));
		for (String answer : answers) {
			row.append(' ').append(String.format("%-5s", answer));
		}
		return row.toString().stripTrailing();
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
