package org.hubdesk.hub.internal;

import java.util.List;
import java.util.Map;

import org.hubdesk.hub.Hub;
import org.hubdesk.hub.HubRole;
import org.hubdesk.hub.Hubs;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** Demo data (profile {@code demo} only): the Content Partnerships Hub and the demo accounts' roles. */
@Component
@Profile("demo")
@Order(30)
class HubDemoData implements ApplicationRunner {

	static final String SLUG = "content-partnerships";

	private static final Map<String, List<HubRole>> ROLES = Map.of(
			"admin", List.of(HubRole.ADMIN),
			"staff", List.of(HubRole.STAFF),
			"chair", List.of(HubRole.COMMITTEE_CHAIR, HubRole.COMMITTEE_MEMBER),
			"member1", List.of(HubRole.COMMITTEE_MEMBER),
			"member2", List.of(HubRole.COMMITTEE_MEMBER),
			"member3", List.of(HubRole.COMMITTEE_MEMBER),
			"requester", List.of(HubRole.REQUESTER),
			"requester2", List.of(HubRole.REQUESTER),
			"expert", List.of(HubRole.EXPERT),
			"researcher", List.of(HubRole.RESEARCHER));

	private final Hubs hubs;

	HubDemoData(Hubs hubs) {
		this.hubs = hubs;
	}

	@Override
	public void run(ApplicationArguments args) {
		Hub hub = hubs.bySlug(SLUG)
			.orElseGet(() -> hubs.createFromTemplate("content-partnerships", SLUG, "Content Partnerships Hub", "CP",
					List.of("en", "sv"), "en"));
		ROLES.forEach((username, roles) -> roles.forEach(role -> hubs.grant(hub, username, role, null)));
	}
}
