package org.hubdesk.hub.internal;

import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.hubdesk.hub.Hub;
import org.hubdesk.hub.HubRole;
import org.hubdesk.hub.Hubs;
import org.hubdesk.hub.NeedNode;
import org.hubdesk.identity.PersonPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The hubs in the REST API. */
@RestController
@RequestMapping("/api/v1/hubs")
class HubApiController {

	private final Hubs hubs;

	HubApiController(Hubs hubs) {
		this.hubs = hubs;
	}

	record HubSummary(String slug, String name, String numberPrefix, List<String> languages, String defaultLanguage,
			boolean openForRequests) {

		static HubSummary of(Hub hub) {
			return new HubSummary(hub.getSlug(), hub.getName(), hub.getNumberPrefix(), hub.getLanguages(),
					hub.getDefaultLanguage(), hub.isOpenForRequests());
		}
	}

	record NeedJson(String code, String label, List<NeedJson> children) {

		static NeedJson of(NeedNode node, Locale locale, String defaultLanguage) {
			return new NeedJson(node.need().getCode(), node.need().label(locale, defaultLanguage),
					node.children().stream().map(c -> of(c, locale, defaultLanguage)).toList());
		}
	}

	record HubDetail(HubSummary hub, List<NeedJson> needs, Set<HubRole> myRoles) {
	}

	@GetMapping
	List<HubSummary> list() {
		return hubs.all().stream().map(HubSummary::of).toList();
	}

	@GetMapping("/{slug}")
	HubDetail get(Hub hub, Locale locale) {
		Long me = PersonPrincipal.current().map(PersonPrincipal::personId).orElse(null);
		List<NeedJson> needs = hubs.codebook(hub).stream()
			.map(n -> NeedJson.of(n, locale, hub.getDefaultLanguage()))
			.toList();
		return new HubDetail(HubSummary.of(hub), needs, hubs.rolesOf(hub, me));
	}
}
