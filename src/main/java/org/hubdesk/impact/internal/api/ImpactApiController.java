package org.hubdesk.impact.internal.api;

import java.net.URI;
import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.hubdesk.hub.HubViewer;
import org.hubdesk.impact.internal.ImpactReadings;
import org.hubdesk.impact.internal.ImpactTarget;
import org.hubdesk.impact.internal.Refreshes;
import org.hubdesk.impact.internal.RequestImpact;
import org.hubdesk.impact.internal.Snapshot;
import org.hubdesk.impact.internal.TargetKind;
import org.hubdesk.impact.internal.Targets;
import org.hubdesk.request.HelpRequest;
import org.hubdesk.request.RequestAccess;
import org.hubdesk.shared.Refusal;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * A request's usefulness on the platforms, for whoever reads the request, as on its impact page:
 * its targets and their snapshots; adding and removing targets; asking for a refresh, which runs in
 * the background ({@code refreshing} is true until the new snapshot, or the error, is in).
 */
@RestController
@RequestMapping("/api/v1/hubs/{slug}/requests/{number}/impact")
@Tag(name = "Impact")
class ImpactApiController {

	/** A new target. */
	record TargetInput(@Schema(allowableValues = { "COMMONS_CATEGORY", "WIKIDATA_ITEMS" }) String kind,
			@Schema(description = "a category's name (with or without Category:), or a name for a list of items") String title,
			@Schema(description = "levels of subcategories read with a category, 0 to 3; 0 when left out") Integer depth,
			@Schema(description = "the QIDs of a list of Wikidata items") List<String> items,
			@Schema(description = "whether the top pages' views are read with the category") Boolean withPageViews) {
	}

	private final RequestAccess access;
	private final Targets targets;
	private final Refreshes refreshes;
	private final ImpactReadings readings;

	ImpactApiController(RequestAccess access, Targets targets, Refreshes refreshes, ImpactReadings readings) {
		this.access = access;
		this.targets = targets;
		this.refreshes = refreshes;
		this.readings = readings;
	}

	@GetMapping
	@Operation(operationId = "getImpact", summary = "A request's targets, each with its latest snapshot and its history")
	ImpactJson get(HubViewer viewer, @PathVariable int number) {
		return json(access.readable(viewer, number));
	}

	@PostMapping("/targets")
	@Operation(operationId = "addImpactTarget",
			summary = "Adds a target to a request from its acceptance on; its first refresh starts in the background")
	@ApiResponse(responseCode = "201", description = "Created")
	ResponseEntity<ImpactJson.TargetJson> add(HubViewer viewer, @PathVariable int number,
			@RequestBody TargetInput in) {
		HelpRequest request = access.readable(viewer, number);
		TargetKind kind = kind(in.kind());
		String items = in.items() == null ? null : String.join("\n", in.items());
		ImpactTarget target = targets.add(request, viewer.id(), kind, in.title(), in.depth(), items,
				Boolean.TRUE.equals(in.withPageViews()));
		URI location = URI.create("/api/v1/hubs/" + viewer.hub().getSlug() + "/requests/" + number + "/impact#target-"
				+ target.getId());
		RequestImpact.Target view = new RequestImpact.Target(target, null, List.of());
		return ResponseEntity.created(location).body(ImpactJson.target(view, List.of()));
	}

	@DeleteMapping("/targets/{id}")
	@Operation(operationId = "removeImpactTarget", summary = "Removes a target with its snapshots")
	@ApiResponse(responseCode = "204", description = "Removed")
	ResponseEntity<Void> remove(HubViewer viewer, @PathVariable int number, @PathVariable long id) {
		targets.remove(access.readable(viewer, number), viewer.id(), id);
		return ResponseEntity.noContent().build();
	}

	@PostMapping("/refresh")
	@Operation(operationId = "refreshImpact", summary = "Asks for a refresh of every target of the request, in the background")
	@ApiResponse(responseCode = "202", description = "Accepted: the targets show refreshing until their new snapshots are in")
	ResponseEntity<ImpactJson> refresh(HubViewer viewer, @PathVariable int number) {
		HelpRequest request = access.readable(viewer, number);
		refreshes.askAll(targets.of(request));
		return ResponseEntity.accepted().body(json(request));
	}

	private ImpactJson json(HelpRequest request) {
		RequestImpact impact = readings.of(request);
		Map<Long, List<Snapshot>> all = readings.snapshotsOf(impact);
		return ImpactJson.of(impact, all);
	}

	private static TargetKind kind(String kind) {
		if (kind == null || kind.isBlank()) {
			throw new Refusal("kind", "impact.error.kind");
		}
		try {
			return TargetKind.valueOf(kind.strip());
		}
		catch (IllegalArgumentException ex) {
			throw new Refusal("kind", "impact.error.kind");
		}
	}
}
