package org.hubdesk.committee.internal.web;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.hubdesk.committee.internal.Agenda;
import org.hubdesk.committee.internal.AgendaItem;
import org.hubdesk.committee.internal.Comment;
import org.hubdesk.committee.internal.Conflicts;
import org.hubdesk.committee.internal.Criterion;
import org.hubdesk.committee.internal.Decision;
import org.hubdesk.committee.internal.Decisions;
import org.hubdesk.committee.internal.Discussion;
import org.hubdesk.committee.internal.Outcome;
import org.hubdesk.committee.internal.Review;
import org.hubdesk.committee.internal.Reviews;
import org.hubdesk.committee.internal.Rubric;
import org.hubdesk.committee.internal.Rubrics;
import org.hubdesk.committee.internal.Seats;
import org.hubdesk.committee.internal.Sight;
import org.hubdesk.committee.internal.Vote;
import org.hubdesk.hub.Hub;
import org.hubdesk.hub.HubViewer;
import org.hubdesk.identity.People;
import org.hubdesk.request.HelpRequest;
import org.hubdesk.request.RequestState;
import org.hubdesk.request.Requests;
import org.hubdesk.shared.Refusal;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * A request's review page for the committee: the request's public part, then only what the viewer
 * may see of the committee's work on it ({@link Sight}): scores, the discussion, votes and the decision.
 */
@Component
class ReviewPage {

	/** A criterion with the viewer's score and every score they may see, by member name. */
	record CriterionRow(long id, String name, String description, boolean gate, int lowest, int highest,
			List<OtherScore> others) {
	}

	/** Another member's score on a criterion, as shown to whoever may see it. */
	record OtherScore(String member, int value, String comment) {
	}

	/** A member's vote as shown. */
	record VoteLine(String member, Outcome choice, String reason) {
	}

	/** A word of the discussion as shown. */
	record CommentLine(String author, Comment comment) {
	}

	private final Requests requests;
	private final Agenda agenda;
	private final Rubrics rubrics;
	private final Reviews reviews;
	private final Sight sight;
	private final Conflicts conflicts;
	private final Discussion discussion;
	private final Decisions decisions;
	private final People people;

	ReviewPage(Requests requests, Agenda agenda, Rubrics rubrics, Reviews reviews, Sight sight, Conflicts conflicts,
			Discussion discussion, Decisions decisions, People people) {
		this.requests = requests;
		this.agenda = agenda;
		this.rubrics = rubrics;
		this.reviews = reviews;
		this.sight = sight;
		this.conflicts = conflicts;
		this.discussion = discussion;
		this.decisions = decisions;
		this.people = people;
	}

	/** The request with this number that has been on one of the hub's agendas, for a committee member; else 404/403. */
	HelpRequest request(HubViewer viewer, int number) {
		Seats.requireMember(viewer);
		HelpRequest request = requests.byNumber(viewer.hub(), number).orElseThrow(Refusal::notFound);
		if (!agenda.onAnAgenda(request)) {
			throw Refusal.notFound();
		}
		return request;
	}

	AgendaItem item(HelpRequest request) {
		return agenda.current(request).orElseThrow(Refusal::notFound);
	}

	String show(HubViewer viewer, HelpRequest request, Model model, Locale locale) {
		Hub hub = viewer.hub();
		AgendaItem item = item(request);
		Sight.View view = sight.of(viewer, request, item);
		Optional<Review> own = reviews.of(item, viewer.id());
		Rubric rubric = own.flatMap(r -> rubrics.version(r.getRubricId())).orElseGet(() -> rubrics.current(hub));
		List<Review> all = view.othersScores() ? reviews.all(item) : own.map(List::of).orElse(List.of());
		Set<Long> ids = new LinkedHashSet<>();
		all.forEach(r -> ids.add(r.getMemberId()));
		List<Comment> comments = view.discussion() ? discussion.of(item) : List.of();
		comments.forEach(c -> ids.add(c.getAuthorId()));
		List<Vote> votes = view.othersScores() ? decisions.votes(item) : List.of();
		votes.forEach(v -> ids.add(v.getMemberId()));
		Optional<Decision> decision = decisions.of(item);
		decision.ifPresent(d -> ids.addAll(d.getMembers()));
		List<Conflicts.Standing> standings = view.chair() ? conflicts.every(hub, request) : List.of();
		standings.forEach(s -> ids.add(s.memberId()));
		ids.add(request.getRequesterId());
		Map<Long, String> names = people.names(ids);
		String language = locale.getLanguage();
		List<CriterionRow> rows = new ArrayList<>();
		for (Criterion criterion : rubric.getCriteria()) {
			Criterion.Words words = criterion.words(language, hub.getDefaultLanguage());
			List<OtherScore> others = new ArrayList<>();
			for (Review review : all) {
				if (review.getMemberId() != viewer.id() && review.getScores().containsKey(criterion.getId())) {
					Review.Score score = review.getScores().get(criterion.getId());
					others.add(new OtherScore(names.getOrDefault(review.getMemberId(), "?"), score.value(),
							score.comment()));
				}
			}
			rows.add(new CriterionRow(criterion.getId(), words.name(), words.description(), criterion.isGate(),
					criterion.getScale().lowest(), criterion.getScale().highest(), others));
		}
		boolean open = request.getState() == RequestState.IN_REVIEW && decision.isEmpty();
		model.addAttribute("hub", hub);
		model.addAttribute("request", request);
		model.addAttribute("reference", request.reference(hub.getNumberPrefix()));
		model.addAttribute("requesterName", names.get(request.getRequesterId()));
		model.addAttribute("readsLanguage", request.getLanguage() == null || people.reads(viewer.id(), request.getLanguage()));
		model.addAttribute("meeting", item.getMeeting());
		model.addAttribute("view", view);
		model.addAttribute("open", open);
		model.addAttribute("rubric", rubric);
		model.addAttribute("criteria", rows);
		model.addAttribute("ownReview", own.orElse(null));
		model.addAttribute("history", own.map(reviews::history).orElse(List.of()));
		model.addAttribute("comments", comments.stream().map(c -> new CommentLine(names.get(c.getAuthorId()), c)).toList());
		model.addAttribute("votes", votes.stream()
			.map(v -> new VoteLine(names.get(v.getMemberId()), v.getChoice(), v.getReason())).toList());
		model.addAttribute("quorum", decisions.quorum(hub, request, item));
		model.addAttribute("decision", decision.orElse(null));
		model.addAttribute("decisionRubric", decision.flatMap(d -> rubrics.version(d.getRubricId())).orElse(null));
		model.addAttribute("decisionMembers", decision.map(d -> d.getMembers().stream()
			.map(m -> names.get(m) + d.voteOf(m).map(o -> " (" + o.name() + ")").orElse("")).sorted().toList())
			.orElse(List.of()));
		model.addAttribute("standings", standings);
		model.addAttribute("names", names);
		model.addAttribute("outcomes", Outcome.values());
		model.addAttribute("ownConflict", conflicts.conflicted(request, viewer.id()));
		model.addAttribute("me", viewer.id());
		return "committee/review";
	}
}
