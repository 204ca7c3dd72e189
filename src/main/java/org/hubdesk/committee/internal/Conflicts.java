package org.hubdesk.committee.internal;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.hubdesk.hub.Hub;
import org.hubdesk.hub.HubRole;
import org.hubdesk.hub.Hubs;
import org.hubdesk.identity.People;
import org.hubdesk.identity.Person;
import org.hubdesk.request.HelpRequest;
import org.hubdesk.shared.Refusal;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Conflicts of interest on a request. A member is conflicted when they request or co-request it
 * (always), when they declare an affiliation with the requesting affiliate (until the chair lifts
 * it), or when they declared one with a reason (until the chair lifts it). A conflicted member sees
 * no score, discussion or vote of the request, does not count for its quorum and takes no part in
 * its decision.
 */
@Service
@Transactional(readOnly = true)
public class Conflicts {

	/** A member's conflict on a request: where it comes from, whether it holds, and the stored record, if any. */
	public record Standing(long memberId, String sourceKey, boolean holds, Conflict stored) {
	}

	/** How many requests one reading of the stored conflicts asks for at most. */
	private static final int CHUNK = 1000;

	private final ConflictRepository conflicts;
	private final People people;
	private final Hubs hubs;
	private final Clock clock;

	Conflicts(ConflictRepository conflicts, People people, Hubs hubs, Clock clock) {
		this.conflicts = conflicts;
		this.people = people;
		this.hubs = hubs;
		this.clock = clock;
	}

	/** The hub's committee: its members and chairs. */
	public Set<Long> committee(Hub hub) {
		Set<Long> seats = new LinkedHashSet<>(hubs.holdersOf(hub, HubRole.COMMITTEE_MEMBER));
		seats.addAll(hubs.holdersOf(hub, HubRole.COMMITTEE_CHAIR));
		return seats;
	}

	/** Whether the person is conflicted on the request. */
	public boolean conflicted(HelpRequest request, long personId) {
		return standing(request, personId, conflicts.findByRequestIdAndMemberId(request.getId(), personId))
			.map(Standing::holds).orElse(false);
	}

	/** The hub's committee members who take part in the request's review: those not conflicted on it. */
	public Set<Long> eligible(Hub hub, HelpRequest request) {
		Set<Long> held = holding(hub, List.of(request)).getOrDefault(request.getId(), Set.of());
		return committee(hub).stream().filter(m -> !held.contains(m)).collect(Collectors.toCollection(LinkedHashSet::new));
	}

	/** Every conflict of the committee's members on the request, holding or lifted. */
	public List<Standing> every(Hub hub, HelpRequest request) {
		Map<Long, Conflict> stored = conflicts.findByRequestId(request.getId()).stream()
			.collect(Collectors.toMap(Conflict::getMemberId, Function.identity()));
		Set<Long> committee = committee(hub);
		Map<Long, Set<Long>> affiliations = affiliations(committee);
		List<Standing> all = new ArrayList<>();
		for (long member : committee) {
			standing(request, member, Optional.ofNullable(stored.get(member)), affiliations.getOrDefault(member, Set.of()))
				.ifPresent(all::add);
		}
		return all;
	}

	/**
	 * A member declares a conflict on the request, with a reason; it holds at once.
	 * @throws Refusal (field {@code reason}) without a reason; (409) when one is already recorded
	 */
	@Transactional
	public Conflict declare(HelpRequest request, long memberId, String reason) {
		String why = Inputs.required("reason", reason, Conflict.REASON_MAX);
		if (conflicts.findByRequestIdAndMemberId(request.getId(), memberId).isPresent()) {
			throw Refusal.conflict("committee.conflict.error.already");
		}
		return conflicts.save(new Conflict(request.getId(), memberId, Conflict.Source.DECLARED, why, clock.instant()));
	}

	/**
	 * The chair confirms or lifts a member's conflict on the request, with a reason kept beside it.
	 * A conflict from requesting the request cannot be lifted; nor can the chair rule on their own.
	 * @throws Refusal (field {@code reason}) without a reason; (403) on their own; (404) when there is none to rule on
	 */
	@Transactional
	public Conflict rule(HelpRequest request, long memberId, long chairId, boolean holds, String reason) {
		String why = Inputs.required("reason", reason, Conflict.REASON_MAX);
		if (memberId == chairId) {
			throw Refusal.forbidden();
		}
		Optional<Conflict> stored = conflicts.findByRequestIdAndMemberId(request.getId(), memberId);
		Standing standing = standing(request, memberId, stored).orElseThrow(Refusal::notFound);
		if (standing.stored() == null && "committee.conflict.source.REQUESTER".equals(standing.sourceKey())) {
			throw new Refusal("reason", "committee.conflict.error.requester");
		}
		Conflict conflict = stored.orElseGet(() -> new Conflict(request.getId(), memberId,
				Conflict.Source.AFFILIATION, "", clock.instant()));
		conflict.rule(holds, why, chairId, clock.instant());
		return conflicts.save(conflict);
	}

	/**
	 * The members conflicted on each of the requests, by request id: one reading of the stored
	 * conflicts and of the committee's affiliations for them all, by the same rule as {@link #conflicted}.
	 */
	public Map<Long, Set<Long>> holding(Hub hub, Collection<HelpRequest> requests) {
		Set<Long> committee = committee(hub);
		Map<Long, Set<Long>> affiliations = affiliations(committee);
		Map<Long, Map<Long, Conflict>> stored = new HashMap<>();
		List<Long> ids = requests.stream().map(HelpRequest::getId).toList();
		for (int from = 0; from < ids.size(); from += CHUNK) {
			conflicts.findByRequestIdIn(ids.subList(from, Math.min(ids.size(), from + CHUNK)))
				.forEach(c -> stored.computeIfAbsent(c.getRequestId(), r -> new HashMap<>()).put(c.getMemberId(), c));
		}
		Map<Long, Set<Long>> out = new HashMap<>();
		for (HelpRequest request : requests) {
			Map<Long, Conflict> of = stored.getOrDefault(request.getId(), Map.of());
			Set<Long> held = new HashSet<>();
			for (long member : committee) {
				standing(request, member, Optional.ofNullable(of.get(member)),
						affiliations.getOrDefault(member, Set.of())).filter(Standing::holds).ifPresent(x -> held.add(member));
			}
			out.put(request.getId(), held);
		}
		return out;
	}

	/** The affiliates each of the people declares an affiliation with, read once for them all. */
	public Map<Long, Set<Long>> affiliations(Collection<Long> personIds) {
		Map<Long, Set<Long>> out = new HashMap<>();
		people.byIds(personIds).forEach(p -> out.put(p.getId(),
				p.getAffiliations().stream().map(a -> a.getAffiliateId()).collect(Collectors.toSet())));
		return out;
	}

	private Optional<Standing> standing(HelpRequest request, long memberId, Optional<Conflict> stored) {
		return standing(request, memberId, stored, people.byId(memberId).map(Person::getAffiliations).orElse(List.of())
			.stream().map(a -> a.getAffiliateId()).collect(Collectors.toSet()));
	}

	/** The one rule: requesting it always; else what is stored; else a declared affiliation with the requesting affiliate. */
	private static Optional<Standing> standing(HelpRequest request, long memberId, Optional<Conflict> stored,
			Set<Long> memberAffiliates) {
		if (request.isRequestedBy(memberId)) {
			return Optional.of(new Standing(memberId, "committee.conflict.source.REQUESTER", true, null));
		}
		if (stored.isPresent()) {
			Conflict conflict = stored.get();
			return Optional.of(new Standing(memberId, "committee.conflict.source." + conflict.getSource().name(),
					conflict.holds(), conflict));
		}
		Long affiliate = request.getAffiliateId();
		if (affiliate != null && memberAffiliates.contains(affiliate)) {
			return Optional.of(new Standing(memberId, "committee.conflict.source.AFFILIATION", true, null));
		}
		return Optional.empty();
	}
}
