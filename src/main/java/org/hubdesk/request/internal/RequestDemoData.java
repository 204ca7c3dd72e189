package org.hubdesk.request.internal;

import java.util.Set;

import org.hubdesk.hub.Hub;
import org.hubdesk.hub.Hubs;
import org.hubdesk.hub.NeedNode;
import org.hubdesk.identity.People;
import org.hubdesk.identity.Person;
import org.hubdesk.request.HelpRequest;
import org.hubdesk.request.Platform;
import org.hubdesk.request.RequestDetails;
import org.hubdesk.request.RequestState;
import org.hubdesk.request.Requests;
import org.hubdesk.request.RightsStatus;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Demo data (profile {@code demo} only): one request by {@code requester} in the Content
 * Partnerships Hub, in triage, with a reply and an internal note by {@code staff}; made once.
 */
@Component
@Profile("demo")
@Order(40)
class RequestDemoData implements ApplicationRunner {

	private final Requests requests;
	private final Hubs hubs;
	private final People people;

	RequestDemoData(Requests requests, Hubs hubs, People people) {
		this.requests = requests;
		this.hubs = hubs;
		this.people = people;
	}

	@Override
	public void run(ApplicationArguments args) {
		Hub hub = hubs.bySlug("content-partnerships").orElse(null);
		Person requester = people.byUsername("requester").orElse(null);
		Person staff = people.byUsername("staff").orElse(null);
		if (hub == null || requester == null || staff == null || !requests.mine(hub, requester.getId()).isEmpty()) {
			return;
		}
		Set<Long> needs = hubs.codebook(hub).stream().flatMap(n -> n.children().stream()).map(NeedNode::need)
			.filter(n -> n.getCode().equals("batch-upload") || n.getCode().equals("licensing"))
			.map(n -> n.getId()).collect(java.util.stream.Collectors.toSet());
		RequestDetails details = new RequestDetails("Vykort från Stadsmuseet i Göteborg", null, null,
				"Göteborgs stadsmuseum", null, "Vykort och fotografier", "Ungefär 3 000 vykort",
				RightsStatus.IN_NEGOTIATION, Set.of(Platform.COMMONS, Platform.WIKIDATA),
				"Artiklar om Göteborgs stadsdelar på svenskspråkiga Wikipedia och Wiki Loves Monuments.", null, "sv",
				"Under våren", "Museet vill dela sina vykort med en fri licens.", true, needs);
		HelpRequest draft = requests.startDraft(hub, requester.getId(), requester.getId(), details, Set.of());
		HelpRequest submitted = requests.submit(hub, draft, draft.getVersion(), requester.getId());
		HelpRequest triage = requests.transition(submitted, submitted.getVersion(), RequestState.TRIAGE, staff.getId(),
				"Passar hubben; vi tittar på rättigheterna.", null, null);
		requests.post(triage, staff.getId(), true, "Tack! Vi återkommer inom en vecka.", false);
		requests.post(triage, staff.getId(), true, "Museet har tidigare tvekat om CC BY-SA.", true);
	}
}
