package org.hubdesk.committee.ranking;

import java.util.Map;

/**
 * One committee member's review of a request: the answers by criterion id, and whether the member is
 * conflicted on the request. A conflicted member's review is ignored, whatever it holds; so is the
 * review of a member who has not answered every criterion of the rubric.
 *
 * @param memberId the member
 * @param conflicted whether the member declared (or was found to have) a conflict of interest
 * @param answers the member's answers, by criterion id; answers to criteria outside the rubric are ignored
 */
public record MemberReview(long memberId, boolean conflicted, Map<Long, Answer> answers) {

	public MemberReview {
		answers = Map.copyOf(answers);
	}

	/** Whether this review answers every criterion of the rubric, gates included. */
	boolean answersEvery(Rubric rubric) {
		return rubric.criteria().stream().allMatch(c -> answers.containsKey(c.id()));
	}
}
