package org.hubdesk.request.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

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
 * replies in English and Swedish. Added once, to a hub without requests.
 */
@Component
@Profile("demo")
@Order(40)
class RequestDemoData implements ApplicationRunner {

	private record Demo(String title, String requester, String affiliate, String partner, String qid,
			RequestState state, String need, String language) {
	}

	private static final List<Demo> DEMOS = List.of(
			new Demo("Nationalmuseum portraits for Wikipedia biographies", "requester", "Wikimedia Sverige",
					"Nationalmuseum", "Q842858", IN_PROGRESS, "batch-upload", "sv"),
			new Demo("Kartor från Riksarkivet till Wikimedia Commons", "requester", "Wikimedia Sverige", "Riksarkivet",
					null, WAITING_FOR_REQUESTER, "licensing", "sv"),
			new Demo("Museum object data to Wikidata", "requester", "Wikimedia Sverige", "Nordiska museet", null,
					TRIAGE, "wikidata-import", "en"),
			new Demo("Workshop for library staff in Uppsala", "requester", "Wikimedia Sverige",
					"Uppsala universitetsbibliotek", null, ACCEPTED, "workshops", "sv"),
			new Demo("Photographs of Swedish lighthouses", "requester", "Wikimedia Sverige", "Sjöhistoriska museet",
					null, COMPLETED, "batch-upload", "en"),
			new Demo("Utkast: folkdräkter från länsmuseet", "requester", "Wikimedia Sverige", "Länsmuseet Gävleborg",
					null, DRAFT, "batch-upload", "sv"),
			new Demo("Old newspaper scans", "requester", "Wikimedia Sverige", "Kungliga biblioteket", null, WITHDRAWN,
					"metadata", "en"),
			new Demo("Ghanaian kente textile collection", "requester2", "Wikimedia Ghana User Group",
					"National Museum of Ghana", null, SUBMITTED, "batch-upload", "en"),
			new Demo("Training volunteers to upload archive photographs", "requester2", "Wikimedia Ghana User Group",
					"Public Records and Archives Administration", null, IN_REVIEW, "volunteer-training", "en"),
			new Demo("Persuading a university to use CC BY-SA", "requester2", "Wikimedia Ghana User Group",
					"University of Ghana", null, TRIAGE, "agreements", "en"),
			new Demo("Wiki Loves Africa submissions into articles", "requester2", "Wikimedia Ghana User Group", null,
					null, ACCEPTED, "campaigns", "en"),
			new Demo("Audio recordings of highlife music", "requester2", "Wikimedia Ghana User Group",
					"Gramophone Records Museum", null, DECLINED, "licensing", "en"),
			new Demo("Draft: festival photographs", "requester2", "Wikimedia Ghana User Group", null, null, DRAFT,
					"batch-upload", "en"),
			new Demo("Monument lists for Wiki Loves Monuments in Jordan", "requester2",
					"Wikimedians of the Levant User Group", null, null, REFERRED, "campaigns", "en"),
			new Demo("Bangla manuscripts digitisation", "requester2", "Wikimedia Bangladesh", "Bangla Academy", null,
					DEFERRED, "equipment", "en"),
			new Demo("Protected areas of Indonesia for Wiki Loves Earth", "requester", "Wikimedia Indonesia", null, null,
					WAITING_FOR_REQUESTER, "campaigns", "en"),
			new Demo("Ukrainian heritage photographs at risk", "requester2", "Wikimedia Ukraine",
					"National Museum of the History of Ukraine", null, IN_PROGRESS, "hands-on", "en"),
			new Demo("Botanical illustrations from an Argentine herbarium", "requester", "Wikimedia Argentina",
					"Museo de La Plata", null, IN_REVIEW, "metadata", "en"),
			new Demo("Funding a scanner for a community archive", "requester2", "Wiki Movimento Brasil User Group",
					null, null, CLOSED, "funding", "en"),
			new Demo("Same kente collection again", "requester2", "Wikimedia Ghana User Group",
					"National Museum of Ghana", null, CLOSED, "batch-upload", "en"),
			new Demo("Help writing my thesis", "requester2", null, null, null, CLOSED, "learning", "en"),
			new Demo("Medical illustrations for health articles", "requester", "Wikimedia Medicine",
					"Wellcome Collection", null, SUBMITTED, "licensing", "en"),
			new Demo("Nigerian film posters", "requester2", "Wikimedia User Group Nigeria", null, null, SUBMITTED,
					"licensing", "en"),
			new Demo("Catalan newspaper archive metadata", "requester", "Amical Wikimedia", null, null, TRIAGE,
					"data-modelling", "en"),
			new Demo("Canadian public archives partnership", "requester2", "Wikimedia Canada",
					"Library and Archives Canada", null, REFERRED, "partner-outreach", "en"),
			new Demo("Reporting Commons usage to a museum board", "requester", "Wikimedia Deutschland", null, null,
					COMPLETED, "learning", "en"),
			new Demo("Batch upload tool for small affiliates", "requester2", "Wikimedia Ghana User Group", null, null,
					IN_PROGRESS, "tools", "en"),
			new Demo("Aerial photographs of Buenos Aires", "requester", "Wikimedia Argentina",
					"Archivo General de la Nación", null, DECLINED, "batch-upload", "en"),
			new Demo("Capacity for a new user group's partnerships", "requester2", "Wikimedians of the Levant User Group",
					null, null, WAITING_FOR_REQUESTER, "capacity", "en"),
			new Demo("Sámi handicraft images", "requester", "Wikimedia Sverige", "Ájtte museum", null, TRIAGE,
					"batch-upload", "sv"),
			new Demo("Folk costume drawings", "requester", "Wikimedia Sverige", "Nordiska museet", null, SUBMITTED,
					"metadata", "sv"),
			new Demo("School wall charts", "requester2", null, "Skolmuseet", null, IN_REVIEW, "batch-upload", "en"));

	private final Requests requests;
	private final RequestWork work;
	private final CannedReplies canned;
	private final Hubs hubs;
	private final People people;
	private final Directory directory;

	RequestDemoData(Requests requests, RequestWork work, CannedReplies canned, Hubs hubs, People people,
			Directory directory) {
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
			HelpRequest request = create(hub, demo);
			if (demo.state() != DRAFT) {
				request = requests.submit(hub, request, request.getVersion(), request.getRequesterId());
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
			return requests.withdraw(r, r.getVersion(), r.getRequesterId(), "We found help nearer home.");
		}
		r = move(r, TRIAGE, staff, "Thank you, we are reading your request.");
		requests.post(r, staff, true, "Check whether the partner has signed anything yet.", true);
		requests.post(r, staff, true, "Thank you for writing to the hub. We will come back to you within a week.", false);
		r = fresh(r);
		switch (target) {
			case TRIAGE -> r = requests.assign(r, r.getVersion(), staff, staff);
			case WAITING_FOR_REQUESTER -> r = move(r, WAITING_FOR_REQUESTER, staff,
					"Which licence has the partner agreed to, and how many files are there?");
			case CLOSED -> r = close(r, demo, staff, original);
			case REFERRED -> r = move(r, REFERRED, staff, "An expert in the region can help you better.");
			default -> r = review(hub, r, target, staff);
		}
		return r;
	}

	private HelpRequest review(Hub hub, HelpRequest r, RequestState target, long staff) {
		r = move(r, IN_REVIEW, staff, "For the committee: fits the hub's principles.");
		if (target == IN_REVIEW) {
			return r;
		}
		if (target == DECLINED || target == DEFERRED) {
			return move(r, target, staff, target == DECLINED ? "The content would see little use on the platforms."
					: "The hub has no capacity this quarter; we will look again next quarter.");
		}
		r = move(r, ACCEPTED, staff, "Useful content and a clear plan.");
		r = work.estimateEffort(r, r.getVersion(), new BigDecimal("24"), staff);
		work.addMilestone(r, "Agreement signed", LocalDate.now().plusWeeks(2), staff);
		work.addMilestone(r, "First batch uploaded", LocalDate.now().plusWeeks(6), staff);
		if (target == ACCEPTED) {
			return fresh(r);
		}
		r = move(fresh(r), IN_PROGRESS, staff, "Work has started.");
		work.logHours(r, staff, LocalDate.now().minusDays(2), new BigDecimal("3.5"), "Metadata mapping");
		work.logHours(r, staff, LocalDate.now().minusDays(1), new BigDecimal("2"), "Call with the partner");
		if (target == IN_PROGRESS) {
			return fresh(r);
		}
		work.reportOutcome(r, "All files uploaded with structured data; used in articles on three Wikipedias.",
				List.of("https://commons.wikimedia.org/wiki/Category:Content_Partnerships_Hub"), staff);
		return move(fresh(r), COMPLETED, staff, "The outcome report is written.");
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

	private HelpRequest move(HelpRequest r, RequestState to, long staff, String reason) {
		return requests.transition(r, fresh(r).getVersion(), to, staff, reason, null, null);
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
