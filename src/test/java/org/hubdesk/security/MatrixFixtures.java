package org.hubdesk.security;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.hubdesk.committee.internal.Agenda;
import org.hubdesk.committee.internal.AgendaItem;
import org.hubdesk.committee.internal.Criterion;
import org.hubdesk.committee.internal.Decisions;
import org.hubdesk.committee.internal.Discussion;
import org.hubdesk.committee.internal.Meeting;
import org.hubdesk.committee.internal.Outcome;
import org.hubdesk.committee.internal.Review;
import org.hubdesk.committee.internal.Reviews;
import org.hubdesk.committee.internal.Rubrics;
import org.hubdesk.committee.internal.Scale;
import org.hubdesk.directory.Directory;
import org.hubdesk.hub.Hub;
import org.hubdesk.hub.HubRole;
import org.hubdesk.hub.Hubs;
import org.hubdesk.hub.NeedNode;
import org.hubdesk.identity.ApiTokens;
import org.hubdesk.identity.People;
import org.hubdesk.identity.Person;
import org.hubdesk.notification.Notifications;
import org.hubdesk.request.Attachments;
import org.hubdesk.request.HelpRequest;
import org.hubdesk.request.Mover;
import org.hubdesk.request.Platform;
import org.hubdesk.request.RequestDetails;
import org.hubdesk.request.RequestState;
import org.hubdesk.request.RequestWork;
import org.hubdesk.request.Requests;
import org.hubdesk.request.RightsStatus;
import org.hubdesk.request.canned.CannedReplies;
import org.hubdesk.request.desk.SavedViews;

import static org.awaitility.Awaitility.await;

/**
 * What the authorization matrix calls its routes with, added to the demo hub once (and kept: each
 * call of the matrix itself is rolled back): a request of {@code requester} worked by staff (internal
 * note, tags, hours, a milestone, an attachment, an assignee) and one of {@code requester2}, each
 * with words of its own to look for; a draft of {@code requester} with a file; a saved view; an API
 * token for each signed-in role; and the ids of a canned reply, a notification and an affiliate.
 * <p>
 * The committee's routes are called on a second request of {@code requester} ({@link #reviewed}),
 * not on {@link #own}: {@code own} is at work (accepted, never on an agenda), so the request routes'
 * rows keep speaking of the staff's moves and work on it, while in review the demo hub's committee
 * decides. {@code reviewed} comes from the affiliate {@code requester} and {@code member1} both
 * declare (so {@code member1} is conflicted on it), sits on the agenda of a meeting under way (begun
 * an hour ago, so the chair sees its scores, as the demo hub's settings say), and is in review with a
 * full review by {@code member2} and one by {@code member3}, each with a comment of its own, a
 * discussion post and {@code member3}'s vote, each with a word of its own to look for, and an internal
 * note of the staff's. The chair has not scored it.
 */
final class MatrixFixtures {

	static final String SLUG = "content-partnerships";

	final String nonce = UUID.randomUUID().toString().replace("-", "").substring(0, 10);
	/** Words of their own, each a single token, so that a page or a search hit shows them whole. */
	final String ownTitle = "alpha" + nonce;
	final String otherTitle = "beta" + nonce;
	final String internalNote = "matrixnote" + nonce;
	final String otherInternalNote = "othernote" + nonce;
	final String staffTag = "matrixtag" + nonce;
	final String hoursNote = "matrixhours" + nonce;
	final String publicReply = "matrixreply" + nonce;
	final String assigneeUsername = "mxassignee" + nonce;
	/** The committee's request and its words: member2's score comment, member3's, the discussion's, the vote's. */
	final String reviewTitle = "gamma" + nonce;
	final String scoreComment = "matrixscore" + nonce;
	final String otherScoreComment = "matrixothers" + nonce;
	final String discussionPost = "matrixtalk" + nonce;
	final String voteReason = "matrixvote" + nonce;
	/** The staff's internal note on the committee's request, which its committee members do not read. */
	final String reviewNote = "reviewnote" + nonce;

	Hub hub;
	HelpRequest own;
	HelpRequest other;
	HelpRequest draft;
	long ownAttachment;
	long draftAttachment;
	long milestone;
	long savedView;
	long cannedReply;
	long notification;
	long requesterToken;
	long affiliate;
	long impactTarget;
	long shareId;
	String shareToken;
	/** The revision of the demo hub's committee settings, which an admin sends back when changing them. */
	long settingsVersion;
	final Map<Role, String> tokens = new EnumMap<>(Role.class);

	HelpRequest reviewed;
	long meeting;
	Instant meetingStartsAt;
	long conflictedMember;
	/** A valid score of each criterion of the hub's rubric (yes on the gates), by criterion id, in the rubric's order. */
	final Map<Long, Integer> validScores = new LinkedHashMap<>();
	/** The version of each role's review of {@link #reviewed}, for the roles who have one. */
	final Map<Role, Long> reviewVersions = new EnumMap<>(Role.class);

	/** The fixtures, from the services of a started application. */
	void create(org.springframework.context.ApplicationContext context) {
		create(context.getBean(Hubs.class), context.getBean(People.class), context.getBean(Requests.class),
				context.getBean(RequestWork.class), context.getBean(Attachments.class), context.getBean(SavedViews.class),
				context.getBean(CannedReplies.class), context.getBean(Notifications.class), context.getBean(ApiTokens.class),
				context.getBean(Directory.class));
		committee(context.getBean(Hubs.class), context.getBean(People.class), context.getBean(Requests.class),
				context.getBean(Directory.class), context.getBean(Agenda.class), context.getBean(Rubrics.class),
				context.getBean(Reviews.class), context.getBean(Discussion.class), context.getBean(Decisions.class));
		settingsVersion = context.getBean(org.hubdesk.committee.internal.Settings.class).revision(hub);
		impact(context);
	}

	/** A target and a share link of the partner report on the request at work. */
	private void impact(org.springframework.context.ApplicationContext context) {
		long staff = context.getBean(People.class).byUsername("staff").orElseThrow().getId();
		impactTarget = context.getBean(org.hubdesk.impact.internal.Targets.class)
			.add(own, staff, org.hubdesk.impact.internal.TargetKind.COMMONS_CATEGORY, "Matrix maps", 0, null, false)
			.getId();
		org.hubdesk.impact.internal.Share share = context.getBean(org.hubdesk.impact.internal.Shares.class)
			.make(hub, own, "sv", staff);
		shareId = share.getId();
		shareToken = share.getToken();
		own = context.getBean(Requests.class).byId(own.getId()).orElseThrow();
	}

	private void create(Hubs hubs, People people, Requests requests, RequestWork work, Attachments attachments,
			SavedViews views, CannedReplies canned, Notifications notifications, ApiTokens apiTokens,
			Directory directory) {
		hub = hubs.bySlug(SLUG).orElseThrow();
		long requester = id(people, "requester");
		long requester2 = id(people, "requester2");
		long staff = id(people, "staff");
		Person assignee = people.createLocal(assigneeUsername, UUID.randomUUID().toString(), null, false);
		hubs.grant(hub, assignee.getUsername(), HubRole.STAFF, null);
		long need = NeedNode.flatten(hubs.codebook(hub)).get(0).need().getId();

		HelpRequest r = submitted(requests, requester, "Matrix request " + ownTitle, need);
		for (RequestState to : List.of(RequestState.TRIAGE, RequestState.IN_REVIEW)) {
			r = requests.transition(r, r.getVersion(), to, staff, "Matrix step", null, null);
		}
		// the demo hub's committee decides: its chair accepts, then staff start the work
		r = requests.move(r, r.getVersion(), Mover.COMMITTEE, RequestState.ACCEPTED, id(people, "chair"), "Matrix step");
		r = requests.transition(r, r.getVersion(), RequestState.IN_PROGRESS, staff, "Matrix step", null, null);
		requests.post(r, staff, true, "Check the contract: " + internalNote, true);
		requests.post(r, staff, true, "Thank you: " + publicReply, false);
		r = requests.byId(r.getId()).orElseThrow();
		r = requests.assign(r, r.getVersion(), assignee.getId(), staff);
		r = work.tag(r, r.getVersion(), List.of(staffTag), staff);
		r = work.estimateEffort(r, r.getVersion(), new BigDecimal("12"), staff);
		work.logHours(r, staff, LocalDate.now(), new BigDecimal("1.5"), hoursNote);
		work.reportOutcome(r, "Matrix outcome", List.of("https://commons.wikimedia.org/wiki/Category:Matrix"), staff);
		milestone = work.addMilestone(r, "Matrix milestone", LocalDate.now().plusDays(7), staff).getId();
		ownAttachment = attachments.add(r, requester, "matrix.txt", text("a file of the matrix")).getId();
		own = requests.byId(r.getId()).orElseThrow();

		HelpRequest o = submitted(requests, requester2, "Matrix request " + otherTitle, need);
		o = requests.transition(o, o.getVersion(), RequestState.TRIAGE, staff, "Matrix step", null, null);
		requests.post(o, staff, true, "Ask again: " + otherInternalNote, true);
		o = requests.byId(o.getId()).orElseThrow();
		o = work.tag(o, o.getVersion(), List.of(staffTag + "other"), staff);
		other = requests.byId(o.getId()).orElseThrow();

		HelpRequest d = requests.startDraft(hub, requester, requester, details("Matrix draft " + nonce, need), Set.of());
		draftAttachment = attachments.add(d, requester, "draft.txt", text("a file of the draft")).getId();
		draft = requests.byId(d.getId()).orElseThrow();

		savedView = views.save(hub, staff, "Matrix view " + nonce, "state=TRIAGE", false).getId();
		cannedReply = canned.of(hub).get(0).getId();
		affiliate = directory.affiliates().get(0).getId();
		await().atMost(Duration.ofSeconds(20)).until(() -> !notifications.latest(requester, 1).isEmpty());
		notification = notifications.latest(requester, 1).get(0).getId();
		for (Role role : Role.values()) {
			if (role.username() != null) {
				ApiTokens.CreatedToken token = apiTokens.create(id(people, role.username()), "matrix " + nonce);
				tokens.put(role, token.secret());
				if (role == Role.REQUESTER) {
					requesterToken = token.token().getId();
				}
			}
		}
	}

	/**
	 * {@link #reviewed}: from the affiliate of {@code requester} and {@code member1}, put on the agenda
	 * of a meeting under way by the chair, scored in full by {@code member2} and {@code member3},
	 * discussed and voted on by {@code member3}.
	 */
	private void committee(Hubs hubs, People people, Requests requests, Directory directory, Agenda agenda,
			Rubrics rubrics, Reviews reviews, Discussion discussion, Decisions decisions) {
		long requester = id(people, "requester");
		long staff = id(people, "staff");
		long chair = id(people, "chair");
		long member2 = id(people, "member2");
		long member3 = id(people, "member3");
		conflictedMember = id(people, "member1");
		long need = NeedNode.flatten(hubs.codebook(hub)).get(0).need().getId();
		long sverige = directory.affiliateNamed("Wikimedia Sverige").orElseThrow().getId();
		HelpRequest d = requests.startDraft(hub, requester, requester,
				details("Matrix review " + reviewTitle, need, sverige), Set.of());
		HelpRequest r = requests.submit(hub, d, d.getVersion(), requester);
		r = requests.transition(r, r.getVersion(), RequestState.TRIAGE, staff, "Matrix step", null, null);
		meetingStartsAt = Instant.now().truncatedTo(ChronoUnit.MINUTES).minus(Duration.ofHours(1));
		Meeting held = agenda.schedule(hub, meetingStartsAt, Meeting.MINUTES_MAX, "https://meet.example.org/matrix");
		meeting = held.getId();
		AgendaItem item = agenda.place(hub, held, r, r.getVersion(), chair);
		r = requests.byId(r.getId()).orElseThrow();
		for (Criterion c : rubrics.current(hub).getCriteria()) {
			validScores.put(c.getId(), c.isGate() ? Scale.GATE_YES : c.getScale().highest());
		}
		Review review = reviews.score(hub, r, item, member2, scores(rubrics, 0, "Member two: " + scoreComment), null);
		reviewVersions.put(Role.MEMBER, review.getVersion());
		reviews.score(hub, r, item, member3, scores(rubrics, 1, "Member three: " + otherScoreComment), null);
		discussion.post(r, item, member3, "Shall we ask the museum? " + discussionPost);
		decisions.vote(hub, r, item, member3, Outcome.ACCEPT, "A good plan: " + voteReason);
		requests.post(r, staff, true, "Ask about the licence: " + reviewNote, true);
		reviewed = requests.byId(r.getId()).orElseThrow();
	}

	/** Every criterion scored: the valid score less {@code less} (never below its scale), the gates yes. */
	private Map<Long, Review.Score> scores(Rubrics rubrics, int less, String comment) {
		Map<Long, Review.Score> scores = new LinkedHashMap<>();
		for (Criterion c : rubrics.current(hub).getCriteria()) {
			int value = c.isGate() ? Scale.GATE_YES : Math.max(c.getScale().lowest(), c.getScale().highest() - less);
			scores.put(c.getId(), new Review.Score(value, comment));
		}
		return scores;
	}

	/** The value of a path variable, by its name and the segment before it. */
	String value(String variable, String before, String pattern) {
		return switch (variable) {
			case "slug" -> SLUG;
			// the committee's routes act on the committee's request, the others on the request at work
			case "n", "number" -> String.valueOf(
					(pattern.contains("/committee/requests/") ? reviewed : own).getNumber());
			case "draftId" -> String.valueOf(draft.getId());
			case "affiliateId" -> String.valueOf(affiliate);
			case "path" -> "liveness";
			// the chair rules on member1's conflict (by affiliation) on the committee's request
			case "memberId" -> String.valueOf(conflictedMember);
			case "member" -> "member1";
			case "outcome" -> "ACCEPT";
			case "language" -> "sv";
			case "meetingId" -> String.valueOf(meeting);
			case "token" -> shareToken;
			case "id" -> switch (before) {
				case "targets" -> String.valueOf(impactTarget);
				case "shares" -> String.valueOf(shareId);
				case "attachments" -> String.valueOf(pattern.contains("/drafts/") ? draftAttachment : ownAttachment);
				case "drafts" -> String.valueOf(draft.getId());
				case "views" -> String.valueOf(savedView);
				case "canned-replies" -> String.valueOf(cannedReply);
				case "notifications" -> String.valueOf(notification);
				case "tokens" -> String.valueOf(requesterToken);
				case "milestones" -> String.valueOf(milestone);
				case "meetings" -> String.valueOf(meeting);
				default -> null;
			};
			default -> null;
		};
	}

	private HelpRequest submitted(Requests requests, long requester, String title, long need) {
		HelpRequest draft = requests.startDraft(hub, requester, requester, details(title, need), Set.of());
		return requests.submit(hub, draft, draft.getVersion(), requester);
	}

	private static RequestDetails details(String title, long need) {
		return details(title, need, null);
	}

	private static RequestDetails details(String title, long need, Long affiliate) {
		return new RequestDetails(title, affiliate, affiliate == null ? "Independent volunteer" : null, "Matrix museum",
				null, "photographs",
				"about 100 files", RightsStatus.IN_NEGOTIATION, Set.of(Platform.COMMONS),
				"Illustrating articles on the English Wikipedia", null, "en", "within six months",
				"A request of the authorization matrix", true, Set.of(need));
	}

	private static ByteArrayInputStream text(String content) {
		return new ByteArrayInputStream(content.getBytes(StandardCharsets.UTF_8));
	}

	private static long id(People people, String username) {
		return people.byUsername(username).orElseThrow().getId();
	}
}
