package org.hubdesk.committee.internal.api;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;

import org.hubdesk.committee.internal.Conflict;
import org.hubdesk.committee.internal.Conflicts;
import org.hubdesk.committee.internal.Seats;
import org.hubdesk.committee.internal.api.CommitteeJson.ConflictInput;
import org.hubdesk.committee.internal.api.CommitteeJson.ConflictJson;
import org.hubdesk.committee.internal.api.CommitteeJson.RulingInput;
import org.hubdesk.hub.Hub;
import org.hubdesk.hub.HubViewer;
import org.hubdesk.identity.People;
import org.hubdesk.identity.Person;
import org.hubdesk.request.HelpRequest;
import org.hubdesk.shared.Refusal;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Conflicts of interest on a request: a member declares one, with a reason; the chair reads them all
 * and confirms or lifts a member's (never their own); a member reads their own.
 */
@RestController
@RequestMapping("/api/v1/hubs/{slug}/committee/requests/{number:\\d+}/conflicts")
@Tag(name = "Committee")
class ConflictApiController {

	private static final String SOURCE = "committee.conflict.source.";

	private final CommitteeRequests found;
	private final Conflicts conflicts;
	private final People people;

	ConflictApiController(CommitteeRequests found, Conflicts conflicts, People people) {
		this.found = found;
		this.conflicts = conflicts;
		this.people = people;
	}

	@GetMapping
	@Operation(operationId = "listCommitteeConflicts",
			summary = "The conflicts of interest on a request: all of them for the chair, the caller's own for a member")
	List<ConflictJson> list(HubViewer viewer, @PathVariable int number) {
		HelpRequest request = found.forMember(viewer, number);
		boolean chair = Seats.chair(viewer);
		long me = viewer.id();
		List<Conflicts.Standing> standings = conflicts.every(viewer.hub(), request).stream()
			.filter(s -> chair || s.memberId() == me)
			.toList();
		Map<Long, Person> members = new HashMap<>();
		people.byIds(standings.stream().map(Conflicts.Standing::memberId).toList())
			.forEach(p -> members.put(p.getId(), p));
		return standings.stream().map(s -> json(s, members.get(s.memberId()))).toList();
	}

	@PostMapping
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(operationId = "declareCommitteeConflict",
			summary = "Declares the caller's conflict of interest on a request, with a reason (committee members)")
	@ApiResponse(responseCode = "201", description = "Created")
	ConflictJson declare(HubViewer viewer, @PathVariable int number, @Valid @RequestBody ConflictInput in) {
		HelpRequest request = found.forMember(viewer, number);
		long me = viewer.id();
		Conflict conflict = conflicts.declare(request, me, in.reason());
		Conflicts.Standing standing = new Conflicts.Standing(me, SOURCE + conflict.getSource().name(),
				conflict.holds(), conflict);
		return json(standing, people.byId(me).orElse(null));
	}

	@PostMapping("/{member}")
	@Operation(operationId = "ruleOnCommitteeConflict",
			summary = "Confirms (holds: true) or lifts (holds: false) a member's conflict on a request, with a reason (the chair)")
	ConflictJson rule(HubViewer viewer, @PathVariable int number,
			@Parameter(description = "the member's username, or their id") @PathVariable String member,
			@Valid @RequestBody RulingInput in) {
		HelpRequest request = found.forChair(viewer, number);
		Hub hub = viewer.hub();
		Person person = committeeMember(hub, member).orElseThrow(Refusal::notFound);
		Conflict conflict = conflicts.rule(request, person.getId(), viewer.id(), in.holds(), in.reason());
		return json(new Conflicts.Standing(person.getId(), SOURCE + conflict.getSource().name(), conflict.holds(),
				conflict), person);
	}

	/** The member of the hub's committee with this username (or, failing that, this id). */
	private Optional<Person> committeeMember(Hub hub, String member) {
		Optional<Person> person = people.byUsername(member);
		if (person.isEmpty() && member.matches("\\d{1,18}")) {
			person = people.byId(Long.parseLong(member));
		}
		return person.filter(p -> conflicts.committee(hub).contains(p.getId()));
	}

	private static ConflictJson json(Conflicts.Standing standing, Person member) {
		Conflict stored = standing.stored();
		String source = standing.sourceKey().substring(standing.sourceKey().lastIndexOf('.') + 1);
		return new ConflictJson(member == null ? null : member.getUsername(), member == null ? null : member.getName(),
				source, standing.holds(), stored == null ? null : stored.getStatus().name(),
				stored == null || stored.getReason().isEmpty() ? null : stored.getReason(),
				stored == null ? null : stored.getDeclaredAt(), stored == null ? null : stored.getRulingReason(),
				stored == null ? null : stored.getRuledAt());
	}
}
