package org.hubdesk.request.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

import org.hubdesk.hub.Hub;
import org.hubdesk.hub.Hubs;
import org.hubdesk.identity.PersonPrincipal;
import org.hubdesk.request.Attachment;
import org.hubdesk.request.Attachments;
import org.hubdesk.request.HelpRequest;
import org.hubdesk.request.RequestAccess;
import org.hubdesk.shared.Refusal;
import org.hubdesk.request.Requests;
import org.springframework.context.MessageSource;
import org.springframework.core.io.InputStreamResource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Attachments of a request: added by those who may read it while it is open, and downloaded only by
 * them, always as a download (never shown inline), with the type sniffed when it was added.
 */
@Controller
class AttachmentController {

	private final Hubs hubs;
	private final Requests requests;
	private final RequestAccess access;
	private final Attachments attachments;
	private final MessageSource messages;

	AttachmentController(Hubs hubs, Requests requests, RequestAccess access, Attachments attachments,
			MessageSource messages) {
		this.hubs = hubs;
		this.requests = requests;
		this.access = access;
		this.attachments = attachments;
		this.messages = messages;
	}

	@GetMapping({ "/hubs/{slug}/requests/{number:\\d+}/attachments/{id}",
			"/api/v1/hubs/{slug}/requests/{number:\\d+}/attachments/{id}" })
	ResponseEntity<InputStreamResource> download(@PathVariable String slug, @PathVariable int number,
			@PathVariable long id, @AuthenticationPrincipal PersonPrincipal me) throws IOException {
		HelpRequest request = readable(slug, number, me);
		return file(attachments.byId(request, id).orElseThrow(AttachmentController::notFound));
	}

	@GetMapping("/hubs/{slug}/requests/drafts/{draftId}/attachments/{id}")
	ResponseEntity<InputStreamResource> downloadFromDraft(@PathVariable String slug, @PathVariable long draftId,
			@PathVariable long id, @AuthenticationPrincipal PersonPrincipal me) throws IOException {
		HelpRequest draft = draft(slug, draftId, me);
		return file(attachments.byId(draft, id).orElseThrow(AttachmentController::notFound));
	}

	@PostMapping("/hubs/{slug}/requests/{number:\\d+}/attachments")
	String upload(@PathVariable String slug, @PathVariable int number, @RequestParam("files") List<MultipartFile> files,
			@AuthenticationPrincipal PersonPrincipal me, Locale locale, RedirectAttributes redirect) throws IOException {
		HelpRequest request = readable(slug, number, me);
		if (request.getState().finished()) {
			throw Refusal.conflict("request.error.finished");
		}
		for (MultipartFile file : files) {
			if (file.isEmpty() && (file.getOriginalFilename() == null || file.getOriginalFilename().isEmpty())) {
				continue;
			}
			try {
				attachments.add(request, me.personId(), file.getOriginalFilename(), file.getInputStream());
			}
			catch (Refusal ex) {
				redirect.addFlashAttribute("attachmentError",
						messages.getMessage(ex.getMessageKey(), ex.getArguments(), locale));
				break;
			}
		}
		return "redirect:/hubs/" + slug + "/requests/" + number + "#attachments";
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

	private HelpRequest readable(String slug, int number, PersonPrincipal me) {
		Hub hub = hubs.bySlug(slug).orElseThrow(AttachmentController::notFound);
		HelpRequest request = requests.byNumber(hub, number).orElseThrow(AttachmentController::notFound);
		if (me == null || !access.canRead(hub, request, me.personId())) {
			throw notFound();
		}
		return request;
	}

	private HelpRequest draft(String slug, long draftId, PersonPrincipal me) {
		Hub hub = hubs.bySlug(slug).orElseThrow(AttachmentController::notFound);
		HelpRequest request = requests.byId(draftId).filter(r -> r.getHubId().equals(hub.getId()))
			.orElseThrow(AttachmentController::notFound);
		if (me == null || !request.isRequestedBy(me.personId())) {
			throw notFound();
		}
		return request;
	}

	private static Refusal notFound() {
		return Refusal.notFound();
	}
}
