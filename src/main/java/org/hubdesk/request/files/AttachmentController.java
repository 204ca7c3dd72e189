package org.hubdesk.request.files;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

import org.hubdesk.hub.HubViewer;
import org.hubdesk.request.Attachment;
import org.hubdesk.request.Attachments;
import org.hubdesk.request.HelpRequest;
import org.hubdesk.request.RequestAccess;
import org.hubdesk.shared.Refusal;
import org.springframework.context.MessageSource;
import org.springframework.core.io.InputStreamResource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Attachments of a request: added by those who may read it while it is open, and downloaded only by
 * them (a file of an internal note only by those who read internal notes; to others it is not there),
 * always as a download (never shown inline), with the type sniffed when it was added.
 */
@Controller
class AttachmentController {

	private final RequestAccess access;
	private final Attachments attachments;
	private final MessageSource messages;

	AttachmentController(RequestAccess access, Attachments attachments, MessageSource messages) {
		this.access = access;
		this.attachments = attachments;
		this.messages = messages;
	}

	@GetMapping({ "/hubs/{slug}/requests/{number:\\d+}/attachments/{id}",
			"/api/v1/hubs/{slug}/requests/{number:\\d+}/attachments/{id}" })
	ResponseEntity<InputStreamResource> download(HubViewer viewer, @PathVariable int number, @PathVariable long id)
			throws IOException {
		HelpRequest request = access.shown(viewer, number);
		return file(attachments.byId(request, id, access.scope(viewer).internalNotes())
			.orElseThrow(AttachmentController::notFound));
	}

	@GetMapping("/hubs/{slug}/requests/drafts/{draftId}/attachments/{id}")
	ResponseEntity<InputStreamResource> downloadFromDraft(HubViewer viewer, @PathVariable long draftId,
			@PathVariable long id) throws IOException {
		HelpRequest draft = access.ownDraft(viewer, draftId);
		return file(attachments.byId(draft, id, false).orElseThrow(AttachmentController::notFound));
	}

	@PostMapping("/hubs/{slug}/requests/{number:\\d+}/attachments")
	String upload(HubViewer viewer, @PathVariable int number,
			@RequestParam(name = "files", required = false) List<MultipartFile> files, Locale locale,
			RedirectAttributes redirect) {
		HelpRequest request = access.readable(viewer, number);
		if (request.getState().finished()) {
			throw Refusal.conflict("request.error.finished");
		}
		// a form sent without a file (or not as multipart at all) is asked to choose one
		try {
			if (attachments.addAll(request, viewer.id(), files) == 0) {
				throw new Refusal("attachments", "request.error.attachment-none");
			}
		}
		catch (Refusal ex) {
			redirect.addFlashAttribute("attachmentError",
					messages.getMessage(ex.getMessageKey(), ex.getArguments(), locale));
		}
		return "redirect:/hubs/" + viewer.hub().getSlug() + "/requests/" + number + "#attachments";
	}

	private ResponseEntity<InputStreamResource> file(Attachment attachment) throws IOException {
		HttpHeaders headers = new HttpHeaders();
		headers.setContentDisposition(
				ContentDisposition.attachment().filename(attachment.getFileName(), StandardCharsets.UTF_8).build());
		headers.setContentType(MediaType.parseMediaType(attachment.getContentType()));
		headers.setContentLength(attachment.getSizeBytes());
		headers.set("Content-Security-Policy", "sandbox; default-src 'none'");
		headers.set("X-Content-Type-Options", "nosniff");
		return ResponseEntity.ok().headers(headers).body(new InputStreamResource(attachments.open(attachment)));
	}

	private static Refusal notFound() {
		return Refusal.notFound();
	}
}
