package org.hubdesk.request.files;

import java.io.IOException;
import java.net.URI;
import java.time.Instant;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.hubdesk.hub.Hub;
import org.hubdesk.hub.HubViewer;
import org.hubdesk.request.Attachment;
import org.hubdesk.request.Attachments;
import org.hubdesk.request.HelpRequest;
import org.hubdesk.request.ReadScope;
import org.hubdesk.request.RequestAccess;
import org.hubdesk.request.RequestMessage;
import org.hubdesk.request.Requests;
import org.hubdesk.request.api.RequestApiJson;
import org.hubdesk.request.api.RequestApiViews;
import org.hubdesk.shared.Refusal;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * A request's files in the REST API (listed, added; downloaded at their own address), and its
 * withdrawal by a requester. Who cannot read the request gets 404.
 */
@RestController
@RequestMapping("/api/v1/hubs/{slug}/requests/{number:\\d+}")
@Tag(name = "Requests")
class RequestFilesApiController {

	private final RequestAccess access;
	private final Requests requests;
	private final Attachments attachments;
	private final RequestApiViews views;

	RequestFilesApiController(RequestAccess access, Requests requests, Attachments attachments,
			RequestApiViews views) {
		this.access = access;
		this.requests = requests;
		this.attachments = attachments;
		this.views = views;
	}

	/**
	 * A file of a request, as the API shows it: {@code messageId} names the message it is attached
	 * to, if any, and {@code internal} says that message is an internal note (whose files only the
	 * hub's staff see).
	 */
	record AttachmentJson(long id, String fileName, String contentType, long sizeBytes, String sha256,
			Long messageId, boolean internal, Instant createdAt, String download) {
	}

	/** A requester's withdrawal: the version they saw, and why. */
	record WithdrawalInput(@NotNull(message = "{validation.required}") Long version,
			@Size(max = 20000, message = "{validation.too-long}") String reason) {
	}

	@GetMapping("/attachments")
	@Operation(operationId = "listAttachments",
			summary = "Lists the files attached to a request (those of internal notes for staff only)")
	List<AttachmentJson> list(HubViewer viewer, @PathVariable int number) {
		HelpRequest request = access.readable(viewer, number);
		return attachments.of(request, access.scope(viewer).internalNotes()).stream()
			.map(a -> json(viewer.hub(), number, a))
			.toList();
	}

	@PostMapping(path = "/attachments", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	@Operation(operationId = "addAttachment", summary = "Attaches a file; its type is taken from its content",
			description = "With messageId the file is attached to that message and seen by whoever sees it: "
					+ "a file of an internal note only by the hub's staff. Staff attach files to any message "
					+ "they read, a requester to their own messages.")
	@ApiResponse(responseCode = "201", description = "Created")
	ResponseEntity<AttachmentJson> add(HubViewer viewer, @PathVariable int number,
			@RequestParam("file") MultipartFile file,
			@Parameter(description = "the message to attach the file to") @RequestParam(required = false) Long messageId)
			throws IOException {
		HelpRequest request = access.readable(viewer, number);
		if (request.getState().finished()) {
			throw new Refusal(null, "request.error.finished");
		}
		RequestMessage message = messageId == null ? null : message(viewer, request, messageId);
		Attachment attachment = attachments.add(request, message, viewer.id(), file.getOriginalFilename(),
				file.getInputStream());
		AttachmentJson json = json(viewer.hub(), number, attachment);
		return ResponseEntity.created(URI.create(json.download())).body(json);
	}

	@PostMapping("/withdrawal")
	@Operation(operationId = "withdrawRequest", summary = "Withdraws a request (its requesters only)")
	RequestApiJson.RequestJson withdraw(HubViewer viewer, @PathVariable int number,
			@Valid @RequestBody WithdrawalInput in) {
		HelpRequest request = access.readable(viewer, number);
		if (!request.isRequestedBy(viewer.id())) {
			throw Refusal.forbidden();
		}
		return views.detail(viewer.hub(), requests.withdraw(request, in.version(), viewer.id(), in.reason()), false);
	}

	/** A message of the request the viewer reads and may add files to: staff any, others their own. */
	private RequestMessage message(HubViewer viewer, HelpRequest request, long id) {
		ReadScope scope = access.scope(viewer);
		return requests.messages(request, scope.internalNotes()).stream()
			.filter(m -> m.getId() == id && scope.reads(request, m))
			.filter(m -> viewer.isStaff() || m.getAuthorId().equals(viewer.id()))
			.findFirst()
			.orElseThrow(() -> new Refusal("messageId", "request.error.message"));
	}

	private static AttachmentJson json(Hub hub, int number, Attachment a) {
		return new AttachmentJson(a.getId(), a.getFileName(), a.getContentType(), a.getSizeBytes(), a.getSha256(),
				a.getMessageId(), a.isInternal(), a.getCreatedAt(),
				"/api/v1/hubs/" + hub.getSlug() + "/requests/" + number + "/attachments/" + a.getId());
	}
}
