package org.hubdesk.request.api;

import java.net.URI;
import java.util.List;
import java.util.Set;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;

import org.hubdesk.hub.Hub;
import org.hubdesk.hub.HubViewer;
import org.hubdesk.request.HelpRequest;
import org.hubdesk.request.Platform;
import org.hubdesk.request.ReadScope;
import org.hubdesk.request.RequestAccess;
import org.hubdesk.request.RequestDetails;
import org.hubdesk.request.RequestState;
import org.hubdesk.request.Requests;
import org.hubdesk.request.api.RequestApiJson.PageJson;
import org.hubdesk.request.api.RequestApiJson.RequestInput;
import org.hubdesk.request.api.RequestApiJson.RequestJson;
import org.hubdesk.request.api.RequestApiJson.RequestPatch;
import org.hubdesk.request.api.RequestApiJson.RequestSummary;
import org.hubdesk.request.desk.RequestQuery;
import org.hubdesk.request.desk.RequestSearch;
import org.hubdesk.request.internal.RequestIntake;
import org.hubdesk.shared.Paging;
import org.hubdesk.shared.Refusal;
import org.springframework.data.domain.Page;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * A hub's requests in the REST API: create, list with the desk's filters, read and change. A
 * submitted request is addressed by its number ({@code /requests/42}); a draft has no number yet
 * and is addressed by its id under {@code /requests/drafts/{id}}, for its requester only. A request
 * the caller may not read answers 404, so its existence is not revealed.
 */
@RestController
@RequestMapping("/api/v1/hubs/{slug}/requests")
@Tag(name = "Requests", description = "A hub's requests for help")
class RequestApiController {

	static final int MAX_PAGE_SIZE = 100;

	/** The longest wait the list filters by, about a century: a moment every database can hold. */
	static final int MAX_HOURS = 1_000_000;

	private final Requests requests;
	private final RequestSearch search;
	private final RequestAccess access;
	private final RequestApiViews views;
	private final RequestIntake intake;

	RequestApiController(Requests requests, RequestSearch search, RequestAccess access, RequestApiViews views,
			RequestIntake intake) {
		this.intake = intake;
		this.requests = requests;
		this.search = search;
		this.access = access;
		this.views = views;
	}

	@PostMapping
	@Operation(operationId = "createRequest", summary = "Creates a request, submitted at once or kept as a draft")
	@ApiResponse(responseCode = "201", description = "Created")
	ResponseEntity<RequestJson> create(HubViewer viewer, @Valid @RequestBody RequestInput in) {
		Hub hub = viewer.hub();
		RequestDetails details = new RequestDetails(in.title(), in.affiliateId(), in.affiliateOther(),
				in.partnerName(), in.partnerQid(), in.contentTypes(), in.estimatedVolume(), in.rightsStatus(),
				RequestApiJson.elements("platforms", in.platforms()), in.usefulnessPlan(), in.thematicGroupId(),
				in.language(), in.desiredTimeline(), in.description(), in.consents(),
				RequestApiJson.elements("needIds", in.needIds()));
		HelpRequest request = intake.create(hub, viewer.id(), viewer.id(), details, in.coRequesters(), List.of(),
				in.submitNow());
		return ResponseEntity.created(location(hub, request))
			.body(views.detail(hub, request, access.scope(viewer).internalNotes()));
	}

	@GetMapping
	@Operation(operationId = "listRequests",
			summary = "Lists the submitted requests the caller may see, with the desk's filters")
	PageJson<RequestSummary> list(HubViewer viewer, @RequestParam(required = false) Set<RequestState> state, @RequestParam(required = false) Long need,
			@RequestParam(required = false) Long affiliate, @RequestParam(required = false) String region,
			@RequestParam(required = false) Platform platform,
			@Parameter(description = "a person's id, me or none") @RequestParam(required = false) String assignee,
			@Parameter(description = "still without a first response after this many hours")
			@RequestParam(required = false) Integer waitingLongerThanHours, @RequestParam(required = false) String q,
			@Parameter(description = "submitted, updated or firstResponseAge")
			@RequestParam(defaultValue = "submitted") String sort, @RequestParam(defaultValue = "0") int page,
			@RequestParam(defaultValue = "20") int size) {
		Long assigneeId = switch (assignee == null ? "" : assignee) {
			case "", "none" -> null;
			case "me" -> viewer.id();
			default -> parse("assignee", assignee);
		};
		if (page < 0 || size < 1 || size > MAX_PAGE_SIZE) {
			throw new Refusal(page < 0 ? "page" : "size", "api.error.page");
		}
		Paging.requireWithin(page, size, Paging.DATABASE);
		if (waitingLongerThanHours != null && (waitingLongerThanHours < 0 || waitingLongerThanHours > MAX_HOURS)) {
			throw new Refusal("waitingLongerThanHours", "api.error.hours");
		}
		RequestQuery query = new RequestQuery(state, need, affiliate, region, platform, assigneeId,
				"none".equals(assignee), waitingLongerThanHours, q, order(sort));
		ReadScope scope = access.scope(viewer);
		Page<HelpRequest> found = search.search(scope, query, page, size);
		return new PageJson<>(views.summaries(viewer.hub(), found.getContent(), scope.internalNotes()), page, size,
				found.getTotalElements());
	}

	@GetMapping("/{number:\\d+}")
	@Operation(operationId = "getRequest",
			summary = "A request with its messages and timeline (internal notes for staff only)")
	RequestJson get(HubViewer viewer, @PathVariable int number) {
		HelpRequest request = access.shown(viewer, number);
		return views.detail(viewer.hub(), request, access.scope(viewer).internalNotes());
	}

	@PatchMapping("/{number:\\d+}")
	@Operation(operationId = "updateRequest", summary = "Changes a request's details; absent fields stay as they are")
	RequestJson update(HubViewer viewer, @PathVariable int number, @Valid @RequestBody RequestPatch patch) {
		HelpRequest request = access.readable(viewer, number);
		return views.detail(viewer.hub(), change(request, patch, viewer), access.scope(viewer).internalNotes());
	}

	@GetMapping("/drafts")
	@Operation(operationId = "listDrafts", summary = "The caller's drafts in the hub")
	List<RequestJson> drafts(HubViewer viewer) {
		ReadScope scope = access.scope(viewer);
		return requests.mine(viewer.hub(), viewer.id()).stream()
			.filter(scope::readsDraft)
			.map(r -> views.detail(viewer.hub(), r, false))
			.toList();
	}

	@GetMapping("/drafts/{id:\\d+}")
	@Operation(operationId = "getDraft", summary = "One of the caller's drafts")
	RequestJson draft(HubViewer viewer, @PathVariable long id) {
		return views.detail(viewer.hub(), access.ownDraft(viewer, id), false);
	}

	@PatchMapping("/drafts/{id:\\d+}")
	@Operation(operationId = "updateDraft", summary = "Changes one of the caller's drafts")
	RequestJson updateDraft(HubViewer viewer, @PathVariable long id, @Valid @RequestBody RequestPatch patch) {
		return views.detail(viewer.hub(), change(access.ownDraft(viewer, id), patch, viewer), false);
	}

	@PostMapping("/drafts/{id:\\d+}/submit")
	@Operation(operationId = "submitDraft", summary = "Submits a draft: it gets the hub's next number")
	@ApiResponse(responseCode = "201", description = "Created")
	ResponseEntity<RequestJson> submit(HubViewer viewer, @PathVariable long id,
			@Valid @RequestBody RequestApiJson.SubmitInput in) {
		Hub hub = viewer.hub();
		HelpRequest draft = access.ownDraft(viewer, id);
		HelpRequest submitted = requests.submit(hub, draft, in.version(), viewer.id());
		return ResponseEntity.created(location(hub, submitted))
			.body(views.detail(hub, submitted, access.scope(viewer).internalNotes()));
	}

	private HelpRequest change(HelpRequest request, RequestPatch patch, HubViewer viewer) {
		return requests.update(request, patch.version(), viewer.id(), RequestApiViews.merge(request, patch),
				views.coRequesters(request, patch));
	}

	private static URI location(Hub hub, HelpRequest request) {
		String base = "/api/v1/hubs/" + hub.getSlug() + "/requests/";
		return URI.create(request.getNumber() == null ? base + "drafts/" + request.getId() : base + request.getNumber());
	}

	/** A number the API reads from text, or a 400 naming the field. */
	private static long parse(String field, String value) {
		try {
			return Long.parseLong(value);
		}
		catch (NumberFormatException ex) {
			throw new Refusal(field, "api.error.value");
		}
	}

	private static RequestQuery.Order order(String sort) {
		return switch (sort) {
			case "submitted" -> RequestQuery.Order.SUBMITTED;
			case "updated" -> RequestQuery.Order.UPDATED;
			case "firstResponseAge" -> RequestQuery.Order.FIRST_RESPONSE_AGE;
			default -> throw new Refusal("sort", "api.error.sort");
		};
	}
}
