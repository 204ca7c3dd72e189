package org.hubdesk.request.internal;

import java.util.List;
import java.util.Set;

import org.hubdesk.hub.Hub;
import org.hubdesk.request.Attachments;
import org.hubdesk.request.HelpRequest;
import org.hubdesk.request.RequestDetails;
import org.hubdesk.request.Requests;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.multipart.MultipartFile;

/**
 * Saving the request form in one step: a draft is saved, or saved and submitted at once, so a
 * refused submission leaves nothing half-done behind.
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

	/** Adds the chosen files; a refused one refuses the whole form, so nothing is half saved. */
	private void attach(HelpRequest request, long actorId, List<MultipartFile> files) {
		attachments.addAll(request, actorId, files);
	}
}
