package org.hubdesk.committee.internal;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;

import org.hubdesk.committee.internal.CommitteeDemoScript.Ask;
import org.hubdesk.committee.internal.CommitteeDemoScript.Asker;
import org.hubdesk.directory.Affiliate;
import org.hubdesk.directory.Directory;
import org.hubdesk.hub.Hub;
import org.hubdesk.hub.Hubs;
import org.hubdesk.hub.NeedNode;
import org.hubdesk.identity.LanguageTags;
import org.hubdesk.identity.People;
import org.hubdesk.identity.Person;
import org.hubdesk.request.HelpRequest;
import org.hubdesk.request.Platform;
import org.hubdesk.request.RequestDetails;
import org.hubdesk.request.RequestState;
import org.hubdesk.request.RequestWork;
import org.hubdesk.request.Requests;
import org.hubdesk.request.RightsStatus;
import org.hubdesk.shared.DemoClock;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * The request module's part of the demo committee's history (profile {@code demo} only): the people
 * who asked, their requests drafted, submitted, triaged and estimated by staff, a deferred request
 * taken back to triage, and the work begun on an accepted one — each at its moment of the past.
 */
@Component
@Profile("demo")
class CommitteeDemoIntake {

	/** The password of every demo account. */
	private static final String PASSWORD = "demo";

	private final Requests requests;
	private final RequestWork work;
	private final People people;
	private final Directory directory;
	private final Hubs hubs;
	private final DemoClock clock;

	CommitteeDemoIntake(Requests requests, RequestWork work, People people, Directory directory, Hubs hubs,
			DemoClock clock) {
		this.requests = requests;
		this.work = work;
		this.people = people;
		this.directory = directory;
		this.hubs = hubs;
		this.clock = clock;
	}

	/** Local accounts for those who asked besides the demo's own requesters, unless they are there. */
	void askers(List<Asker> askers) {
		for (Asker asker : askers) {
			if (people.byUsername(asker.username()).isPresent()) {
				continue;
			}
			Person person = people.createLocal(asker.username(), PASSWORD, asker.name(), false);
			people.updateProfile(person.getId(), asker.name(), asker.username() + "@hubdesk.invalid", "en", asker.zone());
			people.declareReadLanguages(person.getId(), LanguageTags.parse(asker.reads()));
			directory.affiliateNamed(asker.affiliate()).ifPresent(a -> people.declareAffiliation(person.getId(), a.getId()));
		}
	}

	/**
	 * The request, drafted and submitted at that moment; staff triage it the next day, note what the
	 * partner said and estimate the effort.
	 */
	HelpRequest take(Hub hub, Ask ask, Instant at, long staff) {
		long requester = people.byUsername(ask.requester()).orElseThrow().getId();
		Long affiliate = directory.affiliateNamed(ask.affiliate()).map(Affiliate::getId).orElse(null);
		boolean free = ask.scores()[CommitteeDemoScript.CRITERIA.indexOf("legal-ethical")] == Scale.GATE_YES;
		RequestDetails details = new RequestDetails(ask.title(), affiliate, affiliate == null ? ask.affiliate() : null,
				ask.partner(), null, "photographs, metadata", "about 2,000 files",
				free ? RightsStatus.CLEARED : RightsStatus.UNKNOWN, Set.of(Platform.COMMONS, Platform.WIKIPEDIA,
						Platform.WIKIDATA),
				"Articles on Wikipedia and the matching Wikidata items, listed in the attached plan", null, ask.language(),
				"within six months", "We would like the hub's help with: " + ask.title().toLowerCase(), true,
				Set.of(need(hub, ask.need())));
		HelpRequest draft = clock.at(at,
				() -> requests.startDraft(hub, requester, requester, details, Set.of()));
		HelpRequest submitted = clock.at(at.plus(Duration.ofMinutes(30)),
				() -> requests.submit(hub, draft, draft.getVersion(), requester));
		HelpRequest triaged = clock.at(at.plus(Duration.ofHours(20)), () -> requests.transition(submitted,
				submitted.getVersion(), RequestState.TRIAGE, staff, "Thank you, we are reading your request.", null, null));
		clock.at(at.plus(Duration.ofHours(25)), () -> requests.post(triaged, staff, true,
				"Called the partner: the collection list matches the request. Estimate from their inventory.", true));
		HelpRequest noted = fresh(triaged);
		return clock.at(at.plus(Duration.ofHours(26)), () -> work.estimateEffort(noted, noted.getVersion(),
				BigDecimal.valueOf(ask.effortHours()), staff));
	}

	/** Staff take a deferred request back to triage, for a later agenda. */
	HelpRequest backToTriage(HelpRequest deferred, Instant at, long staff) {
		HelpRequest current = fresh(deferred);
		return clock.at(at, () -> requests.transition(current, current.getVersion(), RequestState.TRIAGE, staff,
				"Back to the committee this quarter, as it decided.", null, null));
	}

	/** Staff begin the work on an accepted request: a milestone, and some hours a week later if that is past. */
	void begin(HelpRequest accepted, Instant at, long staff) {
		HelpRequest current = fresh(accepted);
		HelpRequest working = clock.at(at, () -> requests.transition(current, current.getVersion(),
				RequestState.IN_PROGRESS, staff, "Work has started.", null, null));
		clock.at(at.plus(Duration.ofMinutes(10)),
				() -> work.addMilestone(working, "Agreement signed", day(at).plusWeeks(3), staff));
		Instant later = at.plus(Duration.ofDays(7));
		if (later.isBefore(clock.realInstant().minus(Duration.ofHours(1)))) {
			clock.at(later, () -> work.logHours(working, staff, day(later), new BigDecimal("5.5"),
					"Planning the upload with the partner"));
		}
	}

	HelpRequest fresh(HelpRequest request) {
		return requests.byId(request.getId()).orElseThrow();
	}

	private static LocalDate day(Instant at) {
		return LocalDate.ofInstant(at, ZoneOffset.UTC);
	}

	private Long need(Hub hub, String code) {
		List<NeedNode> all = NeedNode.flatten(hubs.codebook(hub));
		return all.stream().filter(n -> n.need().getCode().equals(code)).findFirst().orElse(all.get(0)).need().getId();
	}
}
