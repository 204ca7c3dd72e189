package org.hubdesk.committee;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.jayway.jsonpath.JsonPath;

import org.hubdesk.DemoTest;
import org.hubdesk.committee.internal.Criterion;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.MediaType;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Reviews through the API, as Sight says: members score independently (no other's score before
 * one's own is in), a conflicted member (co-requester, or by declaration) sees the public part only
 * and takes no part, and bad scores are refused naming the field of the input at fault.
 */
@DemoTest
class CommitteeReviewApiTests {

	@Autowired
	ApplicationContext context;

	CommitteeApiFixture f;

	@BeforeEach
	void setUp() {
		f = new CommitteeApiFixture(context);
	}

	@Test
	void aMemberSeesNoOtherScoreBeforeTheirOwnReviewIsInAndAllOfThemAfter() throws Exception {
		int number = f.onAgenda("Independent scores", false);
		String review = f.base + "/requests/" + number + "/review";
		f.review(f.member1, number, 5, "first-member-reasoning").andExpect(status().isOk())
			.andExpect(jsonPath("$.complete").value(true));

		f.call(get(review), f.member2)
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.sight.ownIn").value(false))
			.andExpect(jsonPath("$.sight.othersShown").value(false))
			.andExpect(jsonPath("$.quorum.scored").value(1))
			.andExpect(jsonPath("$.quorum.eligible").value(4))
			.andExpect(jsonPath("$.own.complete").value(false))
			.andExpect(jsonPath("$.others").doesNotExist())
			.andExpect(content().string(not(containsString("first-member-reasoning"))));

		f.review(f.member2, number, 2, "second-member-reasoning").andExpect(status().isOk());
		f.call(get(review), f.member2)
			.andExpect(jsonPath("$.sight.othersShown").value(true))
			.andExpect(jsonPath("$.others", hasSize(1)))
			.andExpect(jsonPath("$.others[0].member").value(f.member1Person.getName()))
			.andExpect(jsonPath("$.others[0].scores[0].score").value(5))
			.andExpect(jsonPath("$.others[0].scores[0].comment").value("first-member-reasoning"));
		// the chair, before the meeting has started and without a review, sees none either
		f.call(get(review), f.chair)
			.andExpect(jsonPath("$.sight.chair").value(true))
			.andExpect(jsonPath("$.others").doesNotExist())
			.andExpect(content().string(not(containsString("reasoning"))));
	}

	@Test
	void aConflictedMemberSeesThePublicPartOnlyAndTakesNoPart() throws Exception {
		int number = f.onAgenda("Conflicted review", false, f.member3Person.getUsername());
		String request = f.base + "/requests/" + number;
		f.review(f.member2, number, 4, "open-score-comment").andExpect(status().isOk());
		f.send(post(request + "/discussion"), f.member2, Map.of("body", "open-discussion-word"))
			.andExpect(status().isCreated());
		f.send(put(request + "/vote"), f.member2, Map.of("choice", "ACCEPT", "reason", "open-vote-reason"))
			.andExpect(status().isOk());
		f.send(post(request + "/conflicts"), f.member1, Map.of("reason", "I advise the museum"))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.source").value("DECLARED"))
			.andExpect(jsonPath("$.holds").value(true));

		for (String conflicted : List.of(f.member3, f.member1)) {
			f.call(get(request + "/review"), conflicted)
				.andExpect(status().isOk())
				.andExpect(jsonPath("$.number").value(number))
				.andExpect(jsonPath("$.title").value("Conflicted review"))
				.andExpect(jsonPath("$.state").value("IN_REVIEW"))
				.andExpect(jsonPath("$.meeting.id").exists())
				.andExpect(jsonPath("$.sight.conflicted").value(true))
				.andExpect(jsonPath("$.quorum").doesNotExist())
				.andExpect(jsonPath("$.own").doesNotExist())
				.andExpect(jsonPath("$.others").doesNotExist())
				.andExpect(jsonPath("$.discussion").doesNotExist())
				.andExpect(content().string(not(containsString("open-"))));
			f.review(conflicted, number, 3, null).andExpect(status().isForbidden());
			f.send(put(request + "/vote"), conflicted, Map.of("choice", "DECLINE", "reason", "No"))
				.andExpect(status().isForbidden());
			f.send(post(request + "/discussion"), conflicted, Map.of("body", "Let me in"))
				.andExpect(status().isForbidden());
			f.call(get(request + "/discussion"), conflicted).andExpect(status().isForbidden());
		}
		f.call(get(f.base + "/queue"), f.member3)
			.andExpect(jsonPath("$[?(@.number == " + number + ")].conflicted", hasItem(true)))
			.andExpect(jsonPath("$[?(@.number == " + number + ")].quorum").value(hasSize(0)));
		// a conflicted member counts for no quorum: the chair and member 2 remain
		f.call(get(request + "/review"), f.member2).andExpect(jsonPath("$.quorum.eligible").value(2));

		f.call(get(request + "/conflicts"), f.chair)
			.andExpect(jsonPath("$[*].member", hasItem(f.member1Person.getUsername())))
			.andExpect(jsonPath("$[?(@.member == '" + f.member3Person.getUsername() + "')].source", hasItem("REQUESTER")));
		f.call(get(request + "/conflicts"), f.member1)
			.andExpect(jsonPath("$", hasSize(1)))
			.andExpect(jsonPath("$[0].reason").value("I advise the museum"));
		f.send(post(request + "/conflicts/" + f.member3Person.getUsername()), f.chair,
				Map.of("holds", false, "reason", "Not really"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("reason"));
		f.send(post(request + "/conflicts/" + f.member1Person.getId()), f.member2,
				Map.of("holds", false, "reason", "Only the chair"))
			.andExpect(status().isForbidden());
		f.send(post(request + "/conflicts/" + f.member1Person.getId()), f.chair,
				Map.of("holds", false, "reason", "An old tie, long over"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("LIFTED"))
			.andExpect(jsonPath("$.ruling").value("An old tie, long over"));
		f.review(f.member1, number, 3, null).andExpect(status().isOk());
	}

	@Test
	void scoresOffTheScaleOrMissingAreRefusedNamingTheField() throws Exception {
		int number = f.onAgenda("Bad scores", false);
		String review = f.base + "/requests/" + number + "/review";
		List<Map<String, Object>> scores = f.scores(3, null);
		int scaled = 0;
		while (f.rubrics.current(f.hub).getCriteria().get(scaled).isGate()) {
			scaled++;
		}
		scores.get(scaled).put("score", 9);
		f.send(put(review + "?uselang=sv"), f.member1, body(null, scores))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.errors[0].field").value("scores[" + scaled + "].score"))
			.andExpect(jsonPath("$.errors[0].message").value("Välj ett av svaren i listan."));

		Criterion last = f.rubrics.current(f.hub).getCriteria().get(scores.size() - 1);
		List<Map<String, Object>> missing = f.scores(3, null).subList(0, scores.size() - 1);
		f.send(put(review), f.member1, body(null, missing))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("scores"))
			.andExpect(jsonPath("$.errors[0].message", containsString(last.getCode())));

		List<Map<String, Object>> unknown = f.scores(3, null);
		unknown.get(0).put("criterionId", 987654321L);
		f.send(put(review), f.member1, body(null, unknown))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("scores[0].criterionId"));

		List<Map<String, Object>> noScore = f.scores(3, null);
		noScore.get(1).remove("score");
		f.send(put(review), f.member1, body(null, noScore))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("scores[1].score"));

		String first = f.body(f.send(put(review), f.member1, body(null, f.scores(3, "fine"))).andExpect(status().isOk()));
		long version = ((Number) JsonPath.read(first, "$.version")).longValue();
		f.send(put(review), f.member1, body(null, f.scores(4, "again"))).andExpect(status().isConflict())
			.andExpect(jsonPath("$.code").value("committee.review.error.stale"));
		f.send(put(review), f.member1, body(version, f.scores(4, "revised"))).andExpect(status().isOk())
			.andExpect(jsonPath("$.scores[?(@.score == 4)]").isNotEmpty());
	}

	@Test
	void unknownValuesAndUnreadableBodiesAreProblemDetailsNamingTheField() throws Exception {
		int number = f.onAgenda("Bad input", false);
		String request = f.base + "/requests/" + number;
		f.send(put(request + "/vote"), f.member1, Map.of("choice", "MAYBE", "reason", "Unsure"))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.errors[0].field").value("choice"));
		f.send(put(request + "/vote"), f.member1, Map.of("choice", "ACCEPT"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("reason"));
		f.mvc.perform(CommitteeApiFixture.with(put(request + "/vote"), f.member1)
				.contentType(MediaType.APPLICATION_JSON).content("{\"choice\": \"ACCEPT\", "))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.errors[0].code").value("api.error.body"));
		f.send(post(f.base + "/meetings"), f.chair, Map.of("startsAt", "next tuesday", "minutes", 60))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("startsAt"));
		f.send(post(f.base + "/meetings"), f.chair, Map.of("startsAt", "+100000-01-01T10:00:00Z", "minutes", 60))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("startsAt"));
		f.send(post(f.base + "/meetings"), f.chair, Map.of("startsAt", "2030-01-01T10:00:00Z", "minutes", 5))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("minutes"));
		f.send(post(f.base + "/meetings"), f.chair,
				Map.of("startsAt", "2030-01-01T10:00:00Z", "minutes", 60, "videoLink", "javascript:alert(1)"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("videoLink"));
	}

	@Test
	void whoMayNotKnowOfTheCommitteesWorkFindsNothing() throws Exception {
		int number = f.onAgenda("Not for everyone", false);
		String review = f.base + "/requests/" + number + "/review";
		f.call(get(review), f.requester).andExpect(status().isNotFound());
		f.call(get(f.base + "/requests/999999/review"), f.member1).andExpect(status().isNotFound());
		String elsewhere = f.token(f.people.byUsername("member1").orElseThrow());
		f.call(get(review), elsewhere).andExpect(status().isNotFound());
		f.review(elsewhere, number, 3, null).andExpect(status().isNotFound());
		f.call(get(f.base + "/queue"), elsewhere).andExpect(status().isForbidden());
		f.call(get(f.base + "/meetings"), elsewhere).andExpect(status().isForbidden());
		f.call(get(review), null).andExpect(status().isUnauthorized());
		f.call(get(f.base + "/meetings"), f.member1).andExpect(status().isOk())
			.andExpect(jsonPath("$.upcoming[*].agenda[*].number", hasItem(number)));
		f.call(get(f.base + "/queue"), f.member1).andExpect(status().isOk())
			.andExpect(jsonPath("$[?(@.number == " + number + ")].reviewIn", hasItem(false)));
		f.send(post(f.base + "/meetings"), f.member1, Map.of("startsAt", "2030-01-01T10:00:00Z", "minutes", 60))
			.andExpect(status().isForbidden());
		String staffView = f.body(f.call(get(review), f.staff).andExpect(status().isOk()));
		assertThat((Object) JsonPath.read(staffView, "$.sight.member")).isEqualTo(false);
	}

	private static Map<String, Object> body(Long version, List<Map<String, Object>> scores) {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("version", version);
		body.put("scores", scores);
		return body;
	}
}
