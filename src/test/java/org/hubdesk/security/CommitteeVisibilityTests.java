package org.hubdesk.security;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

import org.hubdesk.DemoTest;
import org.hubdesk.SignedIn;
import org.hubdesk.identity.People;
import org.hubdesk.shared.DemoClock;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.HttpHeaders;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * What the answers show of the committee's work on {@code requester}'s request in review
 * ({@link MatrixFixtures#reviewed}), to every {@link Role}: the words of {@code member2}'s score
 * comment, of {@code member3}'s, of the discussion and of {@code member3}'s vote appear only on the
 * committee's review (page and API) of {@code member2}, who has scored it, and of the chair, once its
 * meeting has started (the demo hub's setting; before, the chair reads the discussion only); the
 * discussion's also in the discussion API of those two. The conflicted {@code member1}, staff, the
 * admin, the expert, the researcher, the requesters and nobody signed in never see one of them: not in
 * the committee's pages, its API, the request's page and API, search or notifications. The ranking
 * explains the request's rank (S, E and R) to the member who scored it, the chair and the admin; staff
 * see the order without a figure, and the conflicted member no row of the request at all. The committee's
 * members read the request's public part, never the staff's internal note. Each word is found where
 * it may be, so that a check that it is absent elsewhere can fail.
 */
@DemoTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CommitteeVisibilityTests {

	static final String HUB = "/hubs/" + MatrixFixtures.SLUG;
	static final String API = "/api/v1/hubs/" + MatrixFixtures.SLUG;

	/** The committee's words on the request, each a single token of its own. */
	enum Word {
		SCORE, OTHERS_SCORE, DISCUSSION, VOTE
	}

	/** Who see the committee's work on the request: member2, who scored it, and the chair, its meeting under way. */
	static final Set<Role> SEEING = EnumSet.of(Role.MEMBER, Role.CHAIR);

	@Autowired
	MockMvc mvc;

	@Autowired
	People people;

	@Autowired
	DemoClock clock;

	final MatrixFixtures f = new MatrixFixtures();

	final List<String> failed = new ArrayList<>();
	int passed;

	@BeforeAll
	void fixtures(@Autowired ApplicationContext context) {
		f.create(context);
	}

	@BeforeEach
	void count() {
		failed.clear();
		passed = 0;
	}

	@Test
	void theCommitteesWordsReachOnlyTheMembersWhoMaySeeThem() {
		int n = f.reviewed.getNumber();
		Map<String, Set<Role>> reads = new LinkedHashMap<>();
		// where the words may be, and who sees them there
		reads.put(HUB + "/committee/requests/" + n, SEEING);
		reads.put(API + "/committee/requests/" + n + "/review", SEEING);
		// where none of them may be, for anyone
		for (String path : List.of(HUB + "/committee", HUB + "/committee/queue", HUB + "/committee/ranking",
				API + "/committee/ranking", HUB + "/requests/" + n,
				API + "/requests/" + n, API + "/requests?size=100&sort=updated",
				API + "/committee/requests/" + n + "/conflicts", API + "/committee/queue", API + "/committee/meetings",
				API + "/committee/decisions", HUB + "/decisions", HUB + "/search?q=" + f.reviewTitle,
				API + "/search?q=" + f.reviewTitle, "/notifications", "/api/v1/me/notifications")) {
			reads.put(path, Set.of());
		}
		for (String word : words().values()) {
			reads.put(HUB + "/search?q=" + word, Set.of());
			reads.put(API + "/search?q=" + word, Set.of());
		}
		for (Role role : Role.values()) {
			reads.forEach((path, seeing) -> {
				Answer answer = read(role, path);
				expect(role + " GET " + path + " is answered without a server error", answer.status() < 500);
				boolean sees = seeing.contains(role);
				if (sees) {
					expect(role + " GET " + path + " is served", answer.status() == 200);
				}
				words().forEach((word, text) -> {
					// a search repeats its query: the word it looks for is not counted in its own answer
					if (!path.endsWith("?q=" + text)) {
						expect(role + " GET " + path + (sees ? " shows " : " must not show ") + word,
								answer.body().contains(text) == sees);
					}
				});
			});
			// the discussion's words, and none of the others, to those taking part
			Answer discussion = read(role, API + "/committee/requests/" + n + "/discussion");
			boolean talks = SEEING.contains(role);
			expect(role + " discussion API " + (talks ? "shows" : "must not show") + " the discussion",
					discussion.body().contains(f.discussionPost) == talks);
			expectNone(role + " discussion API", discussion.body(), f.scoreComment, f.otherScoreComment, f.voteReason);
		}
		System.out.println("Committee words: " + passed + " checks passed, " + failed.size() + " failed " + failed);
		assertThat(failed).as("what a person may not see of the committee's work").isEmpty();
	}

	@Test
	void aConflictedMemberStaffAndTheAdminReadTheRequestButNoneOfTheCommitteesWork() {
		int n = f.reviewed.getNumber();
		String review = API + "/committee/requests/" + n + "/review";
		for (Role role : List.of(Role.CONFLICTED, Role.STAFF, Role.ADMIN)) {
			Answer json = read(role, review);
			expect(role + " review API is served", json.status() == 200 && json.body().contains(f.reviewTitle));
			expectNone(role + " review API", json.body(), "\"criterionId\"", "\"own\"", "\"others\"", "\"discussion\"",
					"\"vote\"", "\"votes\"");
		}
		Answer conflicted = read(Role.CONFLICTED, review);
		expect("conflicted: the review API says so", conflicted.body().contains("\"conflicted\":true"));
		expectNone("conflicted: the review API", conflicted.body(), "\"quorum\"");
		expect("staff: the review API gives the quorum", read(Role.STAFF, review).body().contains("\"quorum\""));
		String queue = read(Role.CONFLICTED, API + "/committee/queue").body();
		String entry = around(queue, "\"title\":\"Matrix review " + f.reviewTitle + "\"", "{", "}");
		expect("conflicted: the queue lists the request as conflicted, without its quorum",
				entry.contains("\"conflicted\":true") && !entry.contains("\"quorum\""));

		String page = read(Role.CONFLICTED, HUB + "/committee/requests/" + n).body();
		expect("conflicted: the review page shows the public part", page.contains(f.reviewTitle)
				&& page.contains("id=\"public-heading\""));
		expectNone("conflicted: the review page", page, "id=\"scores-heading\"", "id=\"votes-heading\"",
				"id=\"discussion-heading\"", "id=\"decide-heading\"");

		// the committee's members read the request's public part: never the staff's internal note
		expect("staff: the request page shows the internal note",
				read(Role.STAFF, HUB + "/requests/" + n).body().contains(f.reviewNote));
		for (Role role : List.of(Role.CONFLICTED, Role.MEMBER, Role.CHAIR)) {
			Answer request = read(role, HUB + "/requests/" + n);
			expect(role + " reads the request's page", request.status() == 200 && request.body().contains(f.reviewTitle));
			expectNone(role + " request page", request.body(), f.reviewNote);
			expectNone(role + " review page", read(role, HUB + "/committee/requests/" + n).body(), f.reviewNote);
			expectNone(role + " review API", read(role, review).body(), f.reviewNote);
			expectNone(role + " request API", read(role, API + "/requests/" + n).body(), f.reviewNote);
		}

		// the members taking part are told of the agenda; the conflicted member is not
		expect("member2 is told of the agenda", read(Role.MEMBER, "/api/v1/me/notifications").body()
			.contains(f.reviewTitle));
		expectNone("conflicted: notifications", read(Role.CONFLICTED, "/api/v1/me/notifications").body(),
				f.reviewTitle);
		System.out.println("Committee sight: " + passed + " checks passed, " + failed.size() + " failed " + failed);
		assertThat(failed).isEmpty();
	}

	@Test
	void theChairSeesTheScoresOnlyOnceTheMeetingHasStarted() {
		int n = f.reviewed.getNumber();
		for (String path : List.of(HUB + "/committee/requests/" + n, API + "/committee/requests/" + n + "/review")) {
			Answer before = clock.at(f.meetingStartsAt.minusSeconds(60), (Supplier<Answer>) () -> read(Role.CHAIR, path));
			expect("chair before the meeting: " + path + " shows the discussion", before.status() == 200
					&& before.body().contains(f.discussionPost));
			expectNone("chair before the meeting: " + path, before.body(), f.scoreComment, f.otherScoreComment,
					f.voteReason);
			Answer during = read(Role.CHAIR, path);
			expect("chair during the meeting: " + path + " shows every score and vote",
					during.body().contains(f.scoreComment) && during.body().contains(f.otherScoreComment)
							&& during.body().contains(f.voteReason));
		}
		System.out.println("Chair's sight: " + passed + " checks passed, " + failed.size() + " failed " + failed);
		assertThat(failed).isEmpty();
	}

	@Test
	void theRankingExplainsARankOnlyToThoseAllowedToSeeTheScoresBehindIt() {
		String ranking = HUB + "/committee/ranking";
		for (Role role : List.of(Role.MEMBER, Role.CHAIR, Role.ADMIN)) {
			Answer page = read(role, ranking);
			String row = around(page.body(), f.reviewTitle, "<tr", "</tr>");
			expect(role + ": the ranking explains the request's rank", page.status() == 200
					&& row.contains("class=\"why-here\"") && row.contains("Score S =") && row.contains("Equity E ="));
		}
		expect("chair: the ranking shows the rank values", read(Role.CHAIR, ranking).body().contains("Rank value R"));
		expect("admin: the ranking shows the rank values", read(Role.ADMIN, ranking).body().contains("Rank value R"));
		// member2 sees the explanation of what they scored, but not the column of every rank value
		expectNone("member2: the ranking", read(Role.MEMBER, ranking).body(), "Rank value R");

		// staff see the order, never a score, equity term or rank value: not one row is explained; the affiliate
		// that staff declare (the request's) hides no row from them, who sit on no committee
		Answer staff = read(Role.STAFF, ranking);
		expect("staff: the ranking lists the request", staff.status() == 200
				&& around(staff.body(), f.reviewTitle, "<tr", "</tr>").contains(f.reviewTitle));
		expectNone("staff: the ranking", staff.body(), "why-here", "Score S =", "Equity E =", "R = S", "Rank value R");
		// the conflicted member sees no row of the request, neither explained nor bare
		Answer conflicted = read(Role.CONFLICTED, ranking);
		expect("conflicted: the ranking is served", conflicted.status() == 200);
		expectNone("conflicted: the ranking", conflicted.body(), f.reviewTitle);
		for (Role role : List.of(Role.ANONYMOUS, Role.REQUESTER, Role.REQUESTER2, Role.EXPERT, Role.RESEARCHER)) {
			Answer refused = read(role, ranking);
			expect(role + ": the ranking is refused", refused.status() != 200);
			expectNone(role + ": the ranking", refused.body(), f.reviewTitle, "Score S =");
		}

		// the API says what the page says: the why to those the page explains it to, the order alone to staff,
		// nothing of the request to the conflicted member
		String api = API + "/committee/ranking";
		for (Role role : List.of(Role.MEMBER, Role.CHAIR, Role.ADMIN)) {
			String row = around(read(role, api).body(), f.reviewTitle, "{\"position\"", "}}");
			expect(role + ": the ranking API explains the request's rank", row.contains("\"why\":{\"score\""));
		}
		Answer staffApi = read(Role.STAFF, api);
		expect("staff: the ranking API lists the request", staffApi.status() == 200
				&& staffApi.body().contains(f.reviewTitle));
		expectNone("staff: the ranking API", staffApi.body(), "\"why\"", "rankValue", "\"score\"");
		Answer conflictedApi = read(Role.CONFLICTED, api);
		expect("conflicted: the ranking API is served", conflictedApi.status() == 200);
		expectNone("conflicted: the ranking API", conflictedApi.body(), f.reviewTitle);
		System.out.println("Ranking sight: " + passed + " checks passed, " + failed.size() + " failed " + failed);
		assertThat(failed).isEmpty();
	}

	private Map<Word, String> words() {
		return Map.of(Word.SCORE, f.scoreComment, Word.OTHERS_SCORE, f.otherScoreComment, Word.DISCUSSION,
				f.discussionPost, Word.VOTE, f.voteReason);
	}

	/** The part of the body around the first occurrence of the text, from the opening before it to the closing after it. */
	private static String around(String body, String text, String open, String close) {
		int at = body.indexOf(text);
		if (at < 0) {
			return "";
		}
		int from = body.lastIndexOf(open, at);
		int to = body.indexOf(close, at);
		return body.substring(Math.max(from, 0), to < 0 ? body.length() : to + close.length());
	}

	private void expect(String check, boolean ok) {
		if (ok) {
			passed++;
		}
		else {
			failed.add(check);
		}
	}

	private void expectNone(String check, String body, String... words) {
		for (String word : words) {
			expect(check + " must not show " + word, !body.contains(word));
		}
	}

	record Answer(int status, String body) {
	}

	/** The role's GET: a session for pages, the role's API token under /api/, nobody for the anonymous. */
	private Answer read(Role role, String path) {
		MockHttpServletRequestBuilder call = get(path).queryParam("uselang", "en");
		if (role.username() != null) {
			if (path.startsWith("/api/")) {
				call.header(HttpHeaders.AUTHORIZATION, "Bearer " + f.tokens.get(role));
			}
			else {
				call.with(SignedIn.as(people, role.username()));
			}
		}
		try {
			MvcResult result = mvc.perform(call).andReturn();
			return new Answer(result.getResponse().getStatus(), result.getResponse().getContentAsString());
		}
		catch (Exception ex) {
			throw new IllegalStateException(role + " GET " + path, ex);
		}
	}
}
