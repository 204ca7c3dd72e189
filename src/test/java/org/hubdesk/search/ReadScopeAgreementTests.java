package org.hubdesk.search;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.UUID;

import org.hubdesk.DemoTest;
import org.hubdesk.SignedIn;
import org.hubdesk.hub.Hub;
import org.hubdesk.hub.HubRole;
import org.hubdesk.hub.HubViewer;
import org.hubdesk.hub.Hubs;
import org.hubdesk.identity.People;
import org.hubdesk.identity.Person;
import org.hubdesk.request.HelpRequest;
import org.hubdesk.request.Platform;
import org.hubdesk.request.ReadScope;
import org.hubdesk.request.RequestAccess;
import org.hubdesk.request.RequestDetails;
import org.hubdesk.request.RequestMessage;
import org.hubdesk.request.RequestState;
import org.hubdesk.request.Requests;
import org.hubdesk.request.RightsStatus;
import org.hubdesk.request.desk.RequestQuery;
import org.hubdesk.request.desk.RequestSearch;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Who reads which request is one rule, and every way of finding requests keeps to it: on a
 * generated population of two hubs (requesters, co-requesters, staff, an administrator, an
 * outsider, a visitor; drafts and requests in various states, replies and internal notes), the
 * check of one request, the desk's query and the search index find the same requests and messages
 * for every person in every hub.
 */
@DemoTest
class ReadScopeAgreementTests {

	private static final int REQUESTS_PER_HUB = 14;

	@Autowired
	RequestAccess access;

	@Autowired
	RequestSearch requestSearch;

	@Autowired
	HubSearch hubSearch;

	@Autowired
	Requests requests;

	@Autowired
	Hubs hubs;

	@Autowired
	People people;

	final Random random = new Random(20240611L);
	final List<Hub> hubList = new ArrayList<>();
	final List<Long> everyone = new ArrayList<>();
	final List<Long> created = new ArrayList<>();
	final List<RequestMessage> messages = new ArrayList<>();
	String word;
	Person staffFirst;
	Person outsider;

	@BeforeEach
	void generate() {
		word = "w" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
		for (int h = 0; h < 2; h++) {
			String slug = "agree-" + UUID.randomUUID().toString().substring(0, 8);
			hubList.add(hubs.createFromTemplate("content-partnerships", slug, "Agreement " + h,
					SignedIn.randomPrefix(), List.of("en", "sv"), "en"));
		}
		Hub first = hubList.get(0);
		Hub second = hubList.get(1);
		Person admin = person("admin");
		staffFirst = person("staff");
		Person staffSecond = person("staff");
		outsider = person("outsider");
		List<Person> requesters = List.of(person("req"), person("req"), person("req"), person("req"));
		List<Person> coRequesters = List.of(person("co"), person("co"));
		hubs.grant(first, admin.getUsername(), HubRole.ADMIN, null);
		hubs.grant(first, staffFirst.getUsername(), HubRole.STAFF, null);
		hubs.grant(second, staffSecond.getUsername(), HubRole.STAFF, null);
		// staff of one hub, a requester in the other
		List<Person> askers = new ArrayList<>(requesters);
		askers.add(staffSecond);
		for (Hub hub : hubList) {
			long staff = (hub == first ? staffFirst : staffSecond).getId();
			for (int i = 0; i < REQUESTS_PER_HUB; i++) {
				Person requester = askers.get(random.nextInt(askers.size()));
				Set<String> co = new LinkedHashSet<>();
				for (Person candidate : coRequesters) {
					if (random.nextInt(3) == 0) {
						co.add(candidate.getUsername());
					}
				}
				if (random.nextInt(6) == 0) {
					co.add(requesters.get(random.nextInt(requesters.size())).getUsername());
				}
				co.remove(requester.getUsername());
				generate(hub, requester.getId(), staff, co, i);
			}
		}
		everyone.addAll(List.of(admin.getId(), staffFirst.getId(), staffSecond.getId(), outsider.getId()));
		requesters.forEach(p -> everyone.add(p.getId()));
		coRequesters.forEach(p -> everyone.add(p.getId()));
	}

	@Test
	void theCheckTheDeskQueryAndTheSearchFindTheSameRequests() {
		List<HelpRequest> all = requests.byIds(created);
		assertThat(all).extracting(HelpRequest::getState).contains(RequestState.DRAFT, RequestState.SUBMITTED,
				RequestState.TRIAGE, RequestState.WITHDRAWN);
		for (Hub hub : hubList) {
			for (Long person : viewers()) {
				HubViewer viewer = new HubViewer(hub, person, hubs.rolesOf(hub, person));
				ReadScope scope = access.scope(viewer);
				Set<Long> checked = new HashSet<>();
				all.stream().filter(scope::reads).forEach(r -> checked.add(r.getId()));
				Set<Long> queried = new HashSet<>();
				requestSearch.search(scope, RequestQuery.all(), 0, 1000).forEach(r -> queried.add(r.getId()));
				String who = hub.getSlug() + " as " + person;
				assertThat(queried).as("the desk's query, " + who).isEqualTo(checked);
				assertThat(searchedNumbers(viewer, "request")).as("the search, " + who)
					.containsExactlyInAnyOrderElementsOf(all.stream().filter(scope::reads)
						.map(r -> link(hub, r, "")).toList());
			}
		}
		// the rule itself, not only agreement: staff read their hub's submitted requests and nothing else
		Hub first = hubList.get(0);
		assertThat(all.stream().filter(access.scope(first, staffFirst.getId())::reads))
			.allMatch(r -> r.getHubId().equals(first.getId()) && r.getState() != RequestState.DRAFT)
			.hasSize((int) all.stream()
				.filter(r -> r.getHubId().equals(first.getId()) && r.getState() != RequestState.DRAFT).count());
		assertThat(all).noneMatch(access.scope(first, outsider.getId())::reads);
	}

	@Test
	void theSearchFindsTheMessagesAndNotesTheRuleLetsEachPersonRead() {
		List<HelpRequest> all = requests.byIds(created);
		assertThat(messages).anyMatch(RequestMessage::isInternal).anyMatch(m -> !m.isInternal());
		for (Hub hub : hubList) {
			for (Long person : viewers()) {
				HubViewer viewer = new HubViewer(hub, person, hubs.rolesOf(hub, person));
				ReadScope scope = access.scope(viewer);
				List<String> expected = new ArrayList<>();
				for (RequestMessage m : messages) {
					all.stream().filter(r -> r.getId().equals(m.getRequestId()) && scope.reads(r, m)).findFirst()
						.ifPresent(r -> expected.add((m.isInternal() ? "note " : "message ") + link(hub, r, "#timeline")));
				}
				List<String> found = new ArrayList<>();
				searchedNumbers(viewer, "message").forEach(link -> found.add("message " + link));
				searchedNumbers(viewer, "note").forEach(link -> found.add("note " + link));
				assertThat(found).as(hub.getSlug() + " as " + person).containsExactlyInAnyOrderElementsOf(expected);
				assertThat(hubSearch.kindsFor(viewer).contains("note")).isEqualTo(scope.internalNotes());
			}
		}
	}

	/** Everyone generated, and a visitor (nobody signed in). */
	private List<Long> viewers() {
		List<Long> viewers = new ArrayList<>(everyone);
		viewers.add(null);
		return viewers;
	}

	/** Where every hit of the kind leads, over all the pages; nothing for a kind the viewer may not search. */
	private List<String> searchedNumbers(HubViewer viewer, String kind) {
		if (!hubSearch.kindsFor(viewer).contains(kind)) {
			return List.of();
		}
		List<String> links = new ArrayList<>();
		for (int page = 0;; page++) {
			SearchResults results = hubSearch.search(viewer, word, kind, null, page);
			assertThat(results.kind()).isEqualTo(kind);
			results.hits().forEach(hit -> links.add(hit.link()));
			if (page + 1 >= results.pages()) {
				assertThat(links).hasSize((int) results.total());
				return links;
			}
		}
	}

	private static String link(Hub hub, HelpRequest request, String anchor) {
		return "/hubs/" + hub.getSlug() + "/requests/" + request.getNumber() + anchor;
	}

	private Person person(String prefix) {
		return SignedIn.newPerson(people, prefix);
	}

	/** A request in a random state, with a reply and maybe an internal note while it was open. */
	private void generate(Hub hub, long requester, long staff, Set<String> coRequesters, int i) {
		RequestDetails details = new RequestDetails(word + " request " + i, null, null, "Museum", null, "photographs",
				"100", RightsStatus.CLEARED, Set.of(Platform.COMMONS), "Articles", null, "en", null, "Scans " + i,
				false, Set.of(hubs.codebook(hub).get(0).need().getId()));
		HelpRequest request = requests.startDraft(hub, requester, requester, details, coRequesters);
		created.add(request.getId());
		int fate = random.nextInt(6);
		if (fate == 0) {
			return;
		}
		request = requests.submit(hub, request, request.getVersion(), requester);
		if (random.nextBoolean()) {
			messages.add(requests.post(request, requester, false, word + " a reply " + i, false));
		}
		if (random.nextBoolean()) {
			messages.add(requests.post(fresh(request), staff, true, word + " a note " + i, true));
		}
		if (random.nextBoolean()) {
			messages.add(requests.post(fresh(request), staff, true, word + " an answer " + i, false));
		}
		switch (fate) {
			case 2 -> move(request, staff, RequestState.TRIAGE);
			case 3 -> move(move(request, staff, RequestState.TRIAGE), staff, RequestState.WAITING_FOR_REQUESTER);
			case 4 -> move(request, staff, RequestState.IN_REVIEW);
			case 5 -> {
				HelpRequest current = fresh(request);
				requests.withdraw(current, current.getVersion(), requester, "no longer needed");
			}
			default -> {
			}
		}
	}

	private HelpRequest move(HelpRequest request, long staff, RequestState to) {
		HelpRequest current = fresh(request);
		return requests.transition(current, current.getVersion(), to, staff, "moving on", null, null);
	}

	private HelpRequest fresh(HelpRequest request) {
		return requests.byId(request.getId()).orElseThrow();
	}
}
