package org.hubdesk.request.internal;

import java.util.List;
import java.util.Set;

import org.hubdesk.hub.Hub;
import org.hubdesk.request.Attachments;
import org.hubdesk.request.HelpRequest;
import org.hubdesk.request.RequestDetails;
import org.hubdesk.request.RequestMessage;
import org.hubdesk.request.Requests;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.multipart.MultipartFile;

/**
 * Saving a form with its files in one step: a draft is saved, or saved and submitted at once, and a
 * message is posted with its files, so a refusal leaves nothing half-done behind.
 */
@Service
public class RequestIntake {

	private final Requests requests;
	private final Attachments attachments;

	RequestIntake(Requests requests, Attachments attachments) {
		this.requests = requests;
		this.attachments = attachments;
	}

	@Transactional
	public HelpRequest create(Hub hub, long requesterId, long actorId, RequestDetails details, Set<String> coRequesters,
			List<MultipartFile> files, boolean submit) {
		HelpRequest draft = requests.startDraft(hub, requesterId, actorId, details, coRequesters);
		attach(draft, actorId, files);
		return submit ? requests.submit(hub, draft, draft.getVersion(), actorId) : draft;
	}

	@Transactional
	public HelpRequest save(Hub hub, HelpRequest draft, long expectedVersion, long actorId, RequestDetails details,
			Set<String> coRequesters, List<MultipartFile> files, boolean submit) {
		HelpRequest saved = requests.update(draft, expectedVersion, actorId, details, coRequesters);
		attach(saved, actorId, files);
		return submit ? requests.submit(hub, saved, saved.getVersion(), actorId) : saved;
	}

	/**
	 * Posts a reply or, for staff, an internal note, with the files chosen for it: they follow the
	 * message's visibility (a note's files reach only the hub's staff). A refused file refuses the
	 * message too, so nothing is half posted.
	 */
	@Transactional
	public RequestMessage reply(HelpRequest request, long authorId, boolean byStaff, String body, boolean internal,
			List<MultipartFile> files) {
		RequestMessage message = requests.post(request, authorId, byStaff, body, internal);
		attachments.addAll(request, message, authorId, files);
		return message;
	}

	/** Adds the chosen files; a refused one refuses the whole form, so nothing is half saved. */
	private void attach(HelpRequest request, long actorId, List<MultipartFile> files) {
		attachments.addAll(request, actorId, files);
	}
}
