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

	private record Demo(String title, String requester, String affiliate, String partner, String qid,
			RequestState state, String need, String language, Duration age) {
	}

	/** The latest any demo step happens: a little before the real time of seeding. */
	private static final Duration MARGIN = Duration.ofMinutes(1);

	private static final List<Demo> DEMOS = List.of(
			new Demo("Nationalmuseum portraits for Wikipedia biographies", "requester", "Wikimedia Sverige",
					"Nationalmuseum", "Q842858", IN_PROGRESS, "batch-upload", "sv", days(150)),
			new Demo("Kartor från Riksarkivet till Wikimedia Commons", "requester", "Wikimedia Sverige", "Riksarkivet",
					null, WAITING_FOR_REQUESTER, "licensing", "sv", days(24)),
			new Demo("Museum object data to Wikidata", "requester", "Wikimedia Sverige", "Nordiska museet", null,
					TRIAGE, "wikidata-import", "en", days(12)),
			new Demo("Workshop for library staff in Uppsala", "requester", "Wikimedia Sverige",
					"Uppsala universitetsbibliotek", null, ACCEPTED, "workshops", "sv", days(70)),
			new Demo("Photographs of Swedish lighthouses", "requester", "Wikimedia Sverige", "Sjöhistoriska museet",
					null, COMPLETED, "batch-upload", "en", days(520)),
			new Demo("Utkast: folkdräkter från länsmuseet", "requester", "Wikimedia Sverige", "Länsmuseet Gävleborg",
					null, DRAFT, "batch-upload", "sv", days(3)),
			new Demo("Old newspaper scans", "requester", "Wikimedia Sverige", "Kungliga biblioteket", null, WITHDRAWN,
					"metadata", "en", days(400)),
			new Demo("Ghanaian kente textile collection", "requester2", "Wikimedia Ghana User Group",
					"National Museum of Ghana", null, SUBMITTED, "batch-upload", "en", days(33)),
			new Demo("Training volunteers to upload archive photographs", "requester2", "Wikimedia Ghana User Group",
					"Public Records and Archives Administration", null, IN_REVIEW, "volunteer-training", "en", days(40)),
			new Demo("Persuading a university to use CC BY-SA", "requester2", "Wikimedia Ghana User Group",
					"University of Ghana", null, TRIAGE, "agreements", "en", days(6)),
			new Demo("Wiki Loves Africa submissions into articles", "requester2", "Wikimedia Ghana User Group", null,
					null, ACCEPTED, "campaigns", "en", days(95)),
			new Demo("Audio recordings of highlife music", "requester2", "Wikimedia Ghana User Group",
					"Gramophone Records Museum", null, DECLINED, "licensing", "en", days(330)),
			new Demo("Draft: festival photographs", "requester2", "Wikimedia Ghana User Group", null, null, DRAFT,
					"batch-upload", "en", days(20)),
			new Demo("Monument lists for Wiki Loves Monuments in Jordan", "requester2",
					"Wikimedians of the Levant User Group", null, null, REFERRED, "campaigns", "en", days(280)),
			new Demo("Bangla manuscripts digitisation", "requester2", "Wikimedia Bangladesh", "Bangla Academy", null,
					DEFERRED, "equipment", "en", days(230)),
			new Demo("Protected areas of Indonesia for Wiki Loves Earth", "requester", "Wikimedia Indonesia", null, null,
					WAITING_FOR_REQUESTER, "campaigns", "en", days(45)),
			new Demo("Ukrainian heritage photographs at risk", "requester2", "Wikimedia Ukraine",
					"National Museum of the History of Ukraine", null, IN_PROGRESS, "hands-on", "en", days(200)),
			new Demo("Botanical illustrations from an Argentine herbarium", "requester", "Wikimedia Argentina",
					"Museo de La Plata", null, IN_REVIEW, "metadata", "en", days(28)),
			new Demo("Funding a scanner for a community archive", "requester2", "Wiki Movimento Brasil User Group",
					null, null, CLOSED, "funding", "en", days(470)),
			new Demo("Same kente collection again", "requester2", "Wikimedia Ghana User Group",
					"National Museum of Ghana", null, CLOSED, "batch-upload", "en", days(31)),
			new Demo("Help writing my thesis", "requester2", null, null, null, CLOSED, "learning", "en", days(360)),
			new Demo("Medical illustrations for health articles", "requester", "Wikimedia Medicine",
					"Wellcome Collection", null, SUBMITTED, "licensing", "en", days(9)),
			new Demo("Nigerian film posters", "requester2", "Wikimedia User Group Nigeria", null, null, SUBMITTED,
					"licensing", "en", days(2)),
			new Demo("Catalan newspaper archive metadata", "requester", "Amical Wikimedia", null, null, TRIAGE,
					"data-modelling", "en", days(4)),
			new Demo("Canadian public archives partnership", "requester2", "Wikimedia Canada",
					"Library and Archives Canada", null, REFERRED, "partner-outreach", "en", days(120)),
			new Demo("Reporting Commons usage to a museum board", "requester", "Wikimedia Deutschland", null, null,
					COMPLETED, "learning", "en", days(250)),
			new Demo("Batch upload tool for small affiliates", "requester2", "Wikimedia Ghana User Group", null, null,
					IN_PROGRESS, "tools", "en", days(180)),
			new Demo("Aerial photographs of Buenos Aires", "requester", "Wikimedia Argentina",
					"Archivo General de la Nación", null, DECLINED, "batch-upload", "en", days(440)),
			new Demo("Capacity for a new user group's partnerships", "requester2", "Wikimedians of the Levant User Group",
					null, null, WAITING_FOR_REQUESTER, "capacity", "en", days(15)),
			new Demo("Sámi handicraft images", "requester", "Wikimedia Sverige", "Ájtte museum", null, TRIAGE,
					"batch-upload", "sv", days(1)),
			new Demo("Folk costume drawings", "requester", "Wikimedia Sverige", "Nordiska museet", null, SUBMITTED,
					"metadata", "sv", hours(5)),
			new Demo("School wall charts", "requester2", null, "Skolmuseet", null, IN_REVIEW, "batch-upload", "en", days(60)));

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
		for (Demo demo : DEMOS) {
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

	private HelpRequest create(Hub hub, Demo demo) {
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

	private HelpRequest walk(Hub hub, HelpRequest r, Demo demo, long staff, HelpRequest original) {
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

	private HelpRequest close(HelpRequest r, Demo demo, long staff, HelpRequest original) {
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
