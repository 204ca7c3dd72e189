package org.hubdesk.committee.ranking;

import java.util.ArrayList;
import java.util.List;

/**
 * The committee's verdict on one request: its score, or the gates that make it unrankable, or that
 * nobody has scored it. The members counted are those not conflicted who answered every criterion.
 */
final class Scoring {

	sealed interface Outcome permits Scored, Refused, Unscored {
	}

	record Scored(ScoreExplanation score) implements Outcome {
	}

	record Refused(List<GateRefusal> refusals) implements Outcome {
	}

	record Unscored() implements Outcome {
	}

	private Scoring() {
	}

	static Outcome of(Rubric rubric, List<MemberReview> reviews) {
		List<MemberReview> counted = new ArrayList<>();
		for (MemberReview review : reviews) {
			if (review.conflicted()) {
				continue;
			}
			checkKinds(rubric, review);
			if (review.answersEvery(rubric)) {
				counted.add(review);
			}
		}
		int members = counted.size();
		if (members == 0) {
			return new Unscored();
		}
		List<GateRefusal> refusals = new ArrayList<>();
		for (Criterion gate : rubric.gates()) {
			int noes = (int) counted.stream()
				.filter(review -> ((Answer.Gate) review.answers().get(gate.id())).answer() == GateAnswer.NO)
				.count();
			if (2 * noes > members) {
				refusals.add(new GateRefusal(gate.id(), noes, members));
			}
		}
		if (!refusals.isEmpty()) {
			return new Refused(refusals);
		}
		List<CriterionMean> means = new ArrayList<>();
		double weighted = 0;
		for (Criterion criterion : rubric.scaled()) {
			double sum = 0;
			for (MemberReview review : counted) {
				sum += ((Answer.Scaled) review.answers().get(criterion.id())).normalised();
			}
			double mean = sum / members;
			means.add(new CriterionMean(criterion.id(), criterion.weight(), mean));
			weighted += criterion.weight() * mean;
		}
		return new Scored(new ScoreExplanation(weighted / rubric.totalWeight(), members, means));
	}

	private static void checkKinds(Rubric rubric, MemberReview review) {
		for (Criterion criterion : rubric.criteria()) {
			Answer answer = review.answers().get(criterion.id());
			if (answer != null && answer.kind() != criterion.kind()) {
				throw new IllegalArgumentException("Member " + review.memberId() + " answered the " + criterion.kind()
						+ " criterion " + criterion.id() + " with " + answer);
			}
		}
	}
}
