package org.hubdesk.committee;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;

import org.hubdesk.DemoTest;
import org.hubdesk.committee.internal.Settings;
import org.hubdesk.request.HelpRequest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.MediaType;

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
 * Decisions through the API: none without a quorum, one with it — the request is accepted and its
 * requester reads the reply in their language on the request — and never a second; staff see the
 * decision but no score; the public log shows only what requesters agreed to publish.
 */
@DemoTest
class CommitteeDecisionApiTests {

	@Autowired
	ApplicationContext context;

	@Autowired
	Settings settings;

	CommitteeApiFixture f;

	@BeforeEach
	void setUp() {
		f = new CommitteeApiFixture(context);
	}

	@Test
	void theChairDecidesOnlyWithAQuorumAndTheRequesterReadsTheReply() throws Exception {
		int number = f.onAgenda("Decided with quorum", false);
		String request = f.base + "/requests/" + number;
		f.review(f.member1, number, 5, "member-one-score-comment").andExpect(status().isOk());
		f.send(post(request + "/decision"), f.chair, decision(version(number), "ACCEPT"))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.errors[0].field").value("outcome"))
			.andExpect(jsonPath("$.errors[0].message", containsString("No quorum: 1 of 4 members taking part have scored")));
		f.send(post(request + "/decision"), f.member1, decision(version(number), "ACCEPT"))
			.andExpect(status().isForbidden());

		f.review(f.member2, number, 4, null).andExpect(status().isOk());
		f.review(f.member3, number, 4, null).andExpect(status().isOk());
		f.send(put(request + "/vote"), f.member2,
				Map.of("choice", "ACCEPT", "reason", "member-two-vote-reason"))
			.andExpect(status().isOk());
		f.send(post(request + "/decision"), f.chair, decision(version(number) - 1, "ACCEPT"))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.code").value("committee.decision.error.stale"));
		f.send(post(request + "/decision"), f.chair, decision(version(number), "ACCEPT"))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.outcome").value("ACCEPT"))
			.andExpect(jsonPath("$.rubricVersion").value(1));

		f.call(get("/api/v1/hubs/" + f.hub.getSlug() + "/requests/" + number), f.requester)
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.state").value("ACCEPTED"))
			.andExpect(jsonPath("$.messages[*].body",
					hasItem(containsString("Kommittén har beslutat att hjälpa er med \u201dDecided with quorum\u201d"))))
			.andExpect(jsonPath("$.messages[*].body", hasItem(containsString("The museum's photographs fill gaps"))))
			.andExpect(jsonPath("$.timeline[*].key", hasItem("committee.decision")))
			.andExpect(content().string(not(containsString("member-one-score-comment"))))
			.andExpect(content().string(not(containsString("member-two-vote-reason"))));

		f.send(post(request + "/decision"), f.chair, decision(version(number), "DECLINE"))
			.andExpect(status().isConflict())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.detail").value("This request has been decided already."))
			.andExpect(jsonPath("$.code").value("committee.decision.error.decided"));
		f.call(get(request + "/review"), f.member2)
			.andExpect(jsonPath("$.decision.outcome").value("ACCEPT"))
			.andExpect(jsonPath("$.decision.votes[*].vote", hasItem("ACCEPT")));
	}

	@Test
	void staffSeeTheDecisionButNoScoreNorVote() throws Exception {
		int number = f.onAgenda("Seen by staff", false);
		String request = f.base + "/requests/" + number;
		for (String member : new String[] { f.member1, f.member2, f.member3 }) {
			f.review(member, number, 3, "hidden-score-comment").andExpect(status().isOk());
		}
		f.send(put(request + "/vote"), f.member1,
				Map.of("choice", "DEFER", "reason", "hidden-vote-reason"))
			.andExpect(status().isOk());
		f.call(get(request + "/review"), f.staff)
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.quorum.met").value(true))
			.andExpect(jsonPath("$.decision").doesNotExist());
		f.send(post(request + "/decision"), f.chair, decision(version(number), "DEFER"))
			.andExpect(status().isCreated());
		f.call(get(request + "/review"), f.staff)
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.state").value("DEFERRED"))
			.andExpect(jsonPath("$.decision.outcome").value("DEFER"))
			.andExpect(jsonPath("$.decision.reasons").value("The museum's photographs fill gaps, said the committee."))
			.andExpect(jsonPath("$.decision.rubricVersion").value(1))
			.andExpect(jsonPath("$.decision.decidedAt").exists())
			.andExpect(jsonPath("$.decision.votes").doesNotExist())
			.andExpect(jsonPath("$.own").doesNotExist())
			.andExpect(jsonPath("$.others").doesNotExist())
			.andExpect(jsonPath("$.discussion").doesNotExist())
			.andExpect(content().string(not(containsString("hidden-"))));
		// the meeting's agenda says the request is decided
		f.call(get(f.base + "/meetings"), f.staff)
			.andExpect(status().isOk())
			.andExpect(jsonPath("$..agenda[?(@.number == " + number + ")].decided").value(true));
		f.send(post(request + "/decision"), f.staff, decision(version(number), "ACCEPT"))
			.andExpect(status().isForbidden());
	}

	@Test
	void aConflictedChairSeesThePublicPartOnlyAndCannotDecide() throws Exception {
		int number = f.onAgenda("Co-requested by the chair", false, f.chairPerson.getUsername());
		String request = f.base + "/requests/" + number;
		for (String member : new String[] { f.member1, f.member2, f.member3 }) {
			f.review(member, number, 4, "not-for-the-chair").andExpect(status().isOk());
		}
		f.call(get(request + "/review"), f.chair)
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.sight.chair").value(true))
			.andExpect(jsonPath("$.sight.conflicted").value(true))
			.andExpect(jsonPath("$.quorum").doesNotExist())
			.andExpect(content().string(not(containsString("not-for-the-chair"))));
		f.send(post(request + "/decision"), f.chair, decision(version(number), "ACCEPT"))
			.andExpect(status().isForbidden());
	}

	@Test
	void thePublicLogShowsOnlyWhatRequestersAgreedToPublishAndNothingPersonal() throws Exception {
		settings.change(f.hub, false, true, 0, new BigDecimal("0.20"), 0);
		int published = f.onAgenda("Published partnership", true);
		int kept = f.onAgenda("Unpublished partnership", false);
		for (int number : new int[] { published, kept }) {
			f.review(f.member1, number, 4, null).andExpect(status().isOk());
			f.send(post(f.base + "/requests/" + number + "/decision"), f.chair, decision(version(number), "ACCEPT"))
				.andExpect(status().isCreated());
		}
		f.mvc.perform(get(f.base + "/decisions"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$", hasSize(1)))
			.andExpect(jsonPath("$[0].title").value("Published partnership"))
			.andExpect(jsonPath("$[0].reference").value(f.hub.getNumberPrefix() + "-" + published))
			.andExpect(jsonPath("$[0].affiliate").value("Wikimedia Sverige"))
			.andExpect(jsonPath("$[0].outcome").value("ACCEPT"))
			.andExpect(jsonPath("$[0].publicSummary").value("Accepted: a partnership with wide use."))
			.andExpect(jsonPath("$[0].decidedAt").exists())
			.andExpect(content().string(not(containsString("Unpublished"))))
			.andExpect(content().string(not(containsString("The museum's photographs"))))
			.andExpect(content().string(not(containsString(f.requesterPerson.getUsername()))))
			.andExpect(content().string(not(containsString("Rut"))))
			.andExpect(content().string(not(containsString(f.chairPerson.getUsername()))));
	}

	@Test
	void theRubricIsPublicWithItsCriteriaInEveryLanguageAndLambda() throws Exception {
		f.mvc.perform(get(f.base + "/rubric"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.number").value(1))
			.andExpect(jsonPath("$.criteria", hasSize(7)))
			.andExpect(jsonPath("$.criteria[*].names.sv", hasItem("Användning på plattformarna")))
			.andExpect(jsonPath("$.criteria[?(@.scale == 'GATE')].weight", hasItem(0)))
			.andExpect(jsonPath("$.principles.en").isNotEmpty())
			.andExpect(jsonPath("$.weights.sv").isNotEmpty())
			.andExpect(jsonPath("$.lambda").value(0.2));
		f.mvc.perform(get("/v3/api-docs"))
			.andExpect(jsonPath("$.paths['/api/v1/hubs/{slug}/committee/requests/{number}/decision'].post.operationId")
				.value("decideCommitteeRequest"));
	}

	private long version(int number) {
		HelpRequest request = f.requests.byNumber(f.hub, number).orElseThrow();
		return request.getVersion();
	}

	private static Map<String, Object> decision(long version, String outcome) {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("version", version);
		body.put("outcome", outcome);
		body.put("reasons", "The museum's photographs fill gaps, said the committee.");
		body.put("publicSummary", "Accepted: a partnership with wide use.");
		body.put("byConsensus", false);
		return body;
	}
}
