package org.hubdesk.request.internal;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;

import org.hubdesk.directory.Directory;
import org.hubdesk.hub.Hub;
import org.hubdesk.hub.Hubs;
import org.hubdesk.hub.NeedNode;
import org.hubdesk.identity.People;
import org.hubdesk.identity.Person;
import org.hubdesk.request.HelpRequest;
import org.hubdesk.request.Platform;
import org.hubdesk.request.RequestDetails;
import org.hubdesk.request.RequestState;
import org.hubdesk.request.RequestWork;
import org.hubdesk.request.Requests;
import org.hubdesk.request.Resolution;
import org.hubdesk.request.RightsStatus;
import org.hubdesk.request.canned.CannedReplies;
import org.hubdesk.shared.DemoClock;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import static org.hubdesk.request.RequestState.ACCEPTED;
import static org.hubdesk.request.RequestState.CLOSED;
import static org.hubdesk.request.RequestState.COMPLETED;
import static org.hubdesk.request.RequestState.DECLINED;
import static org.hubdesk.request.RequestState.DEFERRED;
import static org.hubdesk.request.RequestState.DRAFT;
import static org.hubdesk.request.RequestState.IN_PROGRESS;
import static org.hubdesk.request.RequestState.IN_REVIEW;
import static org.hubdesk.request.RequestState.REFERRED;
import static org.hubdesk.request.RequestState.SUBMITTED;
import static org.hubdesk.request.RequestState.TRIAGE;
import static org.hubdesk.request.RequestState.WAITING_FOR_REQUESTER;
import static org.hubdesk.request.RequestState.WITHDRAWN;

/**
 * Demo data (profile {@code demo} only): about thirty requests in every state of the lifecycle, with
 * replies, internal notes, milestones and hours, several of them by {@code requester}; and canned
 * replies in English and Swedish. Added once, to a hub without requests. Each request's life is
 * written through the services with the clock set to its moments, over the past eighteen months
 * (a few in the last days), so it reads like a hub's history and later modules' demo data can sit
 * in the same past.
 */
@Component
@Profile("demo")
@Order(40)
class RequestDemoData implements ApplicationRunner {

	/** The latest any demo step happens: a little before the real time of seeding. */
	private static final Duration MARGIN = Duration.ofMinutes(1);

	private final Requests requests;
	private final RequestWork work;
	private final CannedReplies canned;
	private final Hubs hubs;
	private final People people;
	private final Directory directory;
	private final DemoClock clock;

	/** When the request being seeded had its latest step; each next step comes after it. */
	private Instant cursor;

	RequestDemoData(Requests requests, RequestWork work, CannedReplies canned, Hubs hubs, People people,
			Directory directory, DemoClock clock) {
		this.clock = clock;
		this.requests = requests;
		this.work = work;
		this.canned = canned;
		this.hubs = hubs;
		this.people = people;
		this.directory = directory;
	}

	@Override
	public void run(ApplicationArguments args) {
		Hub hub = hubs.bySlug("content-partnerships").orElse(null);
		if (hub == null || !canned.of(hub).isEmpty()) {
			return;
		}
		cannedReplies(hub);
		long staff = people.byUsername("staff").orElseThrow().getId();
		HelpRequest firstKente = null;
		for (RequestDemoScript.Demo demo : RequestDemoScript.DEMOS) {
			cursor = clock.realInstant().minus(demo.age());
			HelpRequest request = then(Duration.ZERO, () -> create(hub, demo));
			if (demo.state() != DRAFT) {
				HelpRequest draft = request;
				request = then(Duration.ofMinutes(25),
						() -> requests.submit(hub, draft, draft.getVersion(), draft.getRequesterId()));
				request = walk(hub, request, demo, staff, firstKente);
			}
			if (demo.title().startsWith("Ghanaian kente")) {
				firstKente = request;
			}
		}
	}

	private HelpRequest create(Hub hub, RequestDemoScript.Demo demo) {
		Person requester = people.byUsername(demo.requester()).orElseThrow();
		Long affiliate = demo.affiliate() == null ? null
				: directory.affiliateNamed(demo.affiliate()).map(a -> a.getId()).orElse(null);
		RequestDetails details = new RequestDetails(demo.title(), affiliate, affiliate == null ? "Independent volunteer" : null,
				demo.partner(), demo.qid(), "photographs, metadata", "about 1,000 files", RightsStatus.IN_NEGOTIATION,
				Set.of(Platform.COMMONS, Platform.WIKIPEDIA, Platform.WIKIDATA),
				"Illustrating articles on the " + demo.language() + " Wikipedia and the matching Wikidata items",
				null, demo.language(), "within six months",
				"We would like help with: " + demo.title().toLowerCase(), true, Set.of(need(hub, demo.need())));
		return requests.startDraft(hub, requester.getId(), requester.getId(), details, Set.of());
	}

	private HelpRequest walk(Hub hub, HelpRequest r, RequestDemoScript.Demo demo, long staff, HelpRequest original) {
		RequestState target = demo.state();
		if (target == SUBMITTED) {
			return r;
		}
		if (target == WITHDRAWN) {
			HelpRequest submitted = r;
			return then(days(12), () -> requests.withdraw(submitted, submitted.getVersion(),
					submitted.getRequesterId(), "We found help nearer home."));
		}
		r = move(r, hours(20), TRIAGE, staff, "Thank you, we are reading your request.");
		HelpRequest triaged = r;
		then(Duration.ofMinutes(40), () -> requests.post(triaged, staff, true,
				"Check whether the partner has signed anything yet.", true));
		then(hours(2), () -> requests.post(triaged, staff, true,
				"Thank you for writing to the hub. We will come back to you within a week.", false));
		r = fresh(r);
		HelpRequest current = r;
		switch (target) {
			case TRIAGE -> r = then(hours(1), () -> requests.assign(current, current.getVersion(), staff, staff));
			case WAITING_FOR_REQUESTER -> r = move(r, days(1), WAITING_FOR_REQUESTER, staff,
					"Which licence has the partner agreed to, and how many files are there?");
			case CLOSED -> r = then(days(3), () -> close(current, demo, staff, original));
			case REFERRED -> r = move(r, days(4), REFERRED, staff, "An expert in the region can help you better.");
			default -> r = review(hub, r, target, staff);
		}
		return r;
	}

	private HelpRequest review(Hub hub, HelpRequest r, RequestState target, long staff) {
		r = move(r, days(3), IN_REVIEW, staff, "For the committee: fits the hub's principles.");
		if (target == IN_REVIEW) {
			return r;
		}
		if (target == DECLINED || target == DEFERRED) {
			return move(r, days(21), target, staff, target == DECLINED
					? "The content would see little use on the platforms."
					: "The hub has no capacity this quarter; we will look again next quarter.");
		}
		r = move(r, days(21), ACCEPTED, staff, "Useful content and a clear plan.");
		HelpRequest accepted = r;
		r = then(hours(1), () -> work.estimateEffort(accepted, accepted.getVersion(), new BigDecimal("24"), staff));
		HelpRequest estimated = r;
		then(hours(1), () -> work.addMilestone(estimated, "Agreement signed", today().plusWeeks(2), staff));
		then(Duration.ofMinutes(5),
				() -> work.addMilestone(estimated, "First batch uploaded", today().plusWeeks(6), staff));
		if (target == ACCEPTED) {
			return fresh(r);
		}
		r = move(fresh(r), days(14), IN_PROGRESS, staff, "Work has started.");
		HelpRequest working = r;
		then(days(9), () -> work.logHours(working, staff, today().minusDays(2), new BigDecimal("3.5"),
				"Metadata mapping"));
		then(days(6), () -> work.logHours(working, staff, today(), new BigDecimal("2"), "Call with the partner"));
		if (target == IN_PROGRESS) {
			return fresh(r);
		}
		then(days(60), () -> work.reportOutcome(working,
				"All files uploaded with structured data; used in articles on three Wikipedias.",
				List.of("https://commons.wikimedia.org/wiki/Category:Content_Partnerships_Hub"), staff));
		return move(fresh(r), hours(2), COMPLETED, staff, "The outcome report is written.");
	}

	private HelpRequest close(HelpRequest r, RequestDemoScript.Demo demo, long staff, HelpRequest original) {
		if (demo.title().startsWith("Same kente") && original != null) {
			return requests.transition(r, r.getVersion(), CLOSED, staff, "Asked twice.", Resolution.DUPLICATE,
					original.getId());
		}
		Resolution resolution = demo.title().startsWith("Help writing") ? Resolution.OUT_OF_SCOPE : Resolution.ANSWERED;
		return requests.transition(r, r.getVersion(), CLOSED, staff,
				resolution == Resolution.ANSWERED ? "Answered with a link to the funding guide." : "Outside the hub's scope.",
				resolution, null);
	}

	private HelpRequest move(HelpRequest r, Duration gap, RequestState to, long staff, String reason) {
		return then(gap, () -> requests.transition(r, fresh(r).getVersion(), to, staff, reason, null, null));
	}

	/**
	 * Takes the request's next step a while after its last one, in the past: the clock reads that
	 * moment while the step writes. A step that would reach the present happens just before it.
	 */
	private <T> T then(Duration gap, Supplier<T> step) {
		Instant latest = clock.realInstant().minus(MARGIN);
		Instant next = cursor.plus(gap);
		cursor = next.isBefore(latest) ? next : latest.isAfter(cursor) ? latest : cursor;
		return clock.at(cursor, step);
	}

	/** The day of the step being taken. */
	private LocalDate today() {
		return LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
	}

	private static Duration days(int days) {
		return Duration.ofDays(days);
	}

	private static Duration hours(int hours) {
		return Duration.ofHours(hours);
	}

	private HelpRequest fresh(HelpRequest r) {
		return requests.byId(r.getId()).orElseThrow();
	}

	private Long need(Hub hub, String code) {
		List<NeedNode> all = NeedNode.flatten(hubs.codebook(hub));
		return all.stream().filter(n -> n.need().getCode().equals(code)).findFirst().orElse(all.get(0)).need().getId();
	}


	private void cannedReplies(Hub hub) {
		canned.save(hub, null, "en", "Thank you, we are on it",
				"Thank you for asking the hub for help. We have read your request and will come back to you within a week.");
		canned.save(hub, null, "en", "More information needed",
				"To help you well we need to know a little more: which licence has the partner agreed to, and roughly how many files are there?");
		canned.save(hub, null, "sv", "Tack, vi tittar på det",
				"Tack för att du vänder dig till hubben. Vi har läst din förfrågan och återkommer inom en vecka.");
		canned.save(hub, null, "sv", "Vi behöver veta mer",
				"För att kunna hjälpa dig behöver vi veta lite mer: vilken licens har partnern gått med på, och ungefär hur många filer gäller det?");
	}
}
