package org.hubdesk.committee.internal.web;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

import org.hubdesk.committee.internal.AgendaItem;
import org.hubdesk.committee.internal.Conflicts;
import org.hubdesk.committee.internal.Decisions;
import org.hubdesk.committee.internal.Discussion;
import org.hubdesk.committee.internal.Review;
import org.hubdesk.committee.internal.Reviews;
import org.hubdesk.committee.internal.Seats;
import org.hubdesk.committee.internal.web.CommitteeForms.CommentForm;
import org.hubdesk.committee.internal.web.CommitteeForms.DecisionForm;
import org.hubdesk.committee.internal.web.CommitteeForms.ReasonForm;
import org.hubdesk.committee.internal.web.CommitteeForms.ScoreForm;
import org.hubdesk.committee.internal.web.CommitteeForms.VoteForm;
import org.hubdesk.hub.HubViewer;
import org.hubdesk.request.HelpRequest;
import org.hubdesk.shared.Refusal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A request's review by the committee: members score it, declare conflicts, discuss and vote; the
 * chair rules on conflicts and records the decision. A refused form comes back with what was typed.
 */
@Controller
class ReviewController {

	private static final String PAGE = "/hubs/{slug}/committee/requests/{n}";

	private final ReviewPage page;
	private final Reviews reviews;
	private final Conflicts conflicts;
	private final Discussion discussion;
	private final Decisions decisions;

	ReviewController(ReviewPage page, Reviews reviews, Conflicts conflicts, Discussion discussion, Decisions decisions) {
		this.page = page;
		this.reviews = reviews;
		this.conflicts = conflicts;
		this.discussion = discussion;
		this.decisions = decisions;
	}

	@GetMapping(PAGE)
	String show(HubViewer viewer, @PathVariable int n, Model model, Locale locale) {
		HelpRequest request = page.request(viewer, n);
		AgendaItem item = page.item(request);
		ScoreForm scores = new ScoreForm();
		reviews.of(item, viewer.id()).ifPresent(review -> {
			review.getScores().forEach((criterion, score) -> {
				scores.getScore().put(criterion, score.value());
				scores.getComment().put(criterion, score.comment());
			});
			scores.setVersion(review.getVersion());
		});
		DecisionForm decision = new DecisionForm();
		decision.setVersion(request.getVersion());
		return render(viewer, request, model, locale, Map.of("scoreForm", scores, "decisionForm", decision));
	}

	@PostMapping(PAGE + "/review")
	String score(HubViewer viewer, @PathVariable int n, @ModelAttribute("scoreForm") ScoreForm form,
			BindingResult errors, Model model, Locale locale, RedirectAttributes redirect) {
		HelpRequest request = page.request(viewer, n);
		takingPart(viewer, request);
		if (!errors.hasErrors()) {
			Map<Long, Review.Score> given = new HashMap<>();
			form.getScore().forEach((criterion, value) -> {
				if (value != null) {
					given.put(criterion, new Review.Score(value, form.getComment().get(criterion)));
				}
			});
			try {
				reviews.score(viewer.hub(), request, page.item(request), viewer.id(), given, form.getVersion());
				return done(redirect, viewer, n, "committee.review.saved");
			}
			catch (Refusal refused) {
				reject(errors, refused, model);
			}
		}
		return render(viewer, request, model, locale, Map.of());
	}

	@PostMapping(PAGE + "/conflicts")
	String declare(HubViewer viewer, @PathVariable int n, @ModelAttribute("conflictForm") ReasonForm form,
			BindingResult errors, Model model, Locale locale, RedirectAttributes redirect) {
		HelpRequest request = page.request(viewer, n);
		if (conflicts.conflicted(request, viewer.id())) {
			// what they ask for holds already: the page says so, and there is nothing to keep
			return done(redirect, viewer, n, "committee.conflict.error.already");
		}
		try {
			conflicts.declare(request, viewer.id(), form.getReason());
			return done(redirect, viewer, n, "committee.conflict.declared");
		}
		catch (Refusal refused) {
			reject(errors, refused, model);
		}
		return render(viewer, request, model, locale, Map.of());
	}

	@PostMapping(PAGE + "/conflicts/{memberId}")
	String rule(HubViewer viewer, @PathVariable int n, @PathVariable long memberId,
			@ModelAttribute("rulingForm") ReasonForm form, BindingResult errors, Model model, Locale locale,
			RedirectAttributes redirect) {
		Seats.requireChair(viewer);
		HelpRequest request = page.request(viewer, n);
		try {
			conflicts.rule(request, memberId, viewer.id(), form.isHolds(), form.getReason());
			return done(redirect, viewer, n, "committee.conflict.ruled");
		}
		catch (Refusal refused) {
			reject(errors, refused, model);
		}
		model.addAttribute("rulingMember", memberId);
		return render(viewer, request, model, locale, Map.of());
	}

	@PostMapping(PAGE + "/discussion")
	String comment(HubViewer viewer, @PathVariable int n, @ModelAttribute("commentForm") CommentForm form,
			BindingResult errors, Model model, Locale locale, RedirectAttributes redirect) {
		HelpRequest request = page.request(viewer, n);
		takingPart(viewer, request);
		try {
			discussion.post(request, page.item(request), viewer.id(), form.getBody());
			return done(redirect, viewer, n, "committee.discussion.posted");
		}
		catch (Refusal refused) {
			reject(errors, refused, model);
		}
		return render(viewer, request, model, locale, Map.of());
	}

	@PostMapping(PAGE + "/vote")
	String vote(HubViewer viewer, @PathVariable int n, @ModelAttribute("voteForm") VoteForm form,
			BindingResult errors, Model model, Locale locale, RedirectAttributes redirect) {
		HelpRequest request = page.request(viewer, n);
		takingPart(viewer, request);
		if (!errors.hasErrors()) {
			try {
				decisions.vote(viewer.hub(), request, page.item(request), viewer.id(), form.getChoice(), form.getReason());
				return done(redirect, viewer, n, "committee.vote.saved");
			}
			catch (Refusal refused) {
				reject(errors, refused, model);
			}
		}
		return render(viewer, request, model, locale, Map.of());
	}

	@PostMapping(PAGE + "/decision")
	String decide(HubViewer viewer, @PathVariable int n, @ModelAttribute("decisionForm") DecisionForm form,
			BindingResult errors, Model model, Locale locale, RedirectAttributes redirect) {
		Seats.requireChair(viewer);
		HelpRequest request = page.request(viewer, n);
		if (!errors.hasErrors()) {
			try {
				decisions.decide(viewer.hub(), request, page.item(request), viewer.id(),
						form.getVersion() == null ? -1 : form.getVersion(), form.getOutcome(), form.getReasons(),
						form.getPublicSummary(), form.isConsensus());
				return done(redirect, viewer, n, "committee.decision.recorded");
			}
			catch (Refusal refused) {
				reject(errors, refused, model);
			}
		}
		return render(viewer, request, model, locale, Map.of());
	}

	private String render(HubViewer viewer, HelpRequest request, Model model, Locale locale, Map<String, Object> forms) {
		forms.forEach(model::addAttribute);
		addIfAbsent(model, "scoreForm", new ScoreForm());
		addIfAbsent(model, "conflictForm", new ReasonForm());
		addIfAbsent(model, "rulingForm", new ReasonForm());
		addIfAbsent(model, "commentForm", new CommentForm());
		addIfAbsent(model, "voteForm", new VoteForm());
		DecisionForm decision = new DecisionForm();
		decision.setVersion(request.getVersion());
		addIfAbsent(model, "decisionForm", decision);
		return page.show(viewer, request, model, locale);
	}

	private static void addIfAbsent(Model model, String name, Object form) {
		if (!model.containsAttribute(name)) {
			model.addAttribute(name, form);
		}
	}

	/**
	 * A member conflicted on the request takes no part in its review, discussion or vote: refused
	 * (403) before anything they sent is looked at, as the forms are not theirs to fill.
	 */
	private void takingPart(HubViewer viewer, HelpRequest request) {
		if (conflicts.conflicted(request, viewer.id())) {
			throw Refusal.forbidden();
		}
	}

	/** A refusal beside its field when the form has one, else about the whole form. */
	private static void reject(BindingResult errors, Refusal refused, Model model) {
		if (refused.getField() != null && errors.getFieldType(refused.getField()) != null) {
			errors.rejectValue(refused.getField(), refused.getMessageKey(), refused.getArguments(), null);
		}
		else if (refused.getReason() == Refusal.Reason.FORBIDDEN || refused.getReason() == Refusal.Reason.NOT_FOUND) {
			throw refused;
		}
		else {
			// said at the head of the page: the form it came from may no longer be shown
			errors.reject(refused.getMessageKey(), refused.getArguments(), null);
			model.addAttribute("failed", refused.getMessageKey());
		}
	}

	private static String done(RedirectAttributes redirect, HubViewer viewer, int n, String message) {
		redirect.addFlashAttribute("saved", message);
		redirect.addAttribute("slug", viewer.hub().getSlug());
		redirect.addAttribute("n", n);
		return "redirect:" + PAGE;
	}
}
