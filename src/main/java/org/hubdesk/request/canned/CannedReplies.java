package org.hubdesk.request.canned;

import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.hubdesk.hub.Hub;
import org.hubdesk.shared.Lengths;
import org.hubdesk.shared.Refusal;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** A hub's canned replies, per language. Staff keep them; the reply form offers them. */
@Service
@Transactional(readOnly = true)
public class CannedReplies {

	private final CannedReplyRepository replies;
	private final Clock clock;

	CannedReplies(CannedReplyRepository replies, Clock clock) {
		this.replies = replies;
		this.clock = clock;
	}

	public List<CannedReply> of(Hub hub) {
		return replies.findByHubIdOrderByLanguageAscTitleAsc(hub.getId());
	}

	/** The hub's replies with those in the given language first, so the request's own language leads. */
	public List<CannedReply> forLanguage(Hub hub, String language) {
		return of(hub).stream()
			.sorted(Comparator.comparing((CannedReply r) -> !r.getLanguage().equals(language))
				.thenComparing(CannedReply::getLanguage)
				.thenComparing(CannedReply::getTitle))
			.toList();
	}

	public Optional<CannedReply> byId(Hub hub, long id) {
		return replies.findById(id).filter(r -> r.getHubId().equals(hub.getId()));
	}

	/** Adds or changes a canned reply. @throws Refusal naming the field at fault */
	@Transactional
	public CannedReply save(Hub hub, Long id, String language, String title, String body) {
		if (language == null || !hub.getLanguages().contains(language)) {
			throw new Refusal("language", "validation.language");
		}
		if (title == null || title.isBlank()) {
			throw new Refusal("title", "validation.required");
		}
		Lengths.within("title", title.strip(), CannedReply.TITLE_MAX);
		if (body == null || body.isBlank()) {
			throw new Refusal("body", "validation.required");
		}
		Lengths.within("body", body.strip(), CannedReply.BODY_MAX);
		if (id == null) {
			return replies.save(new CannedReply(hub.getId(), language, title.strip(), body.strip(), clock.instant()));
		}
		CannedReply reply = byId(hub, id).orElseThrow(() -> new Refusal(null, "request.error.not-found"));
		reply.change(language, title.strip(), body.strip());
		return reply;
	}

	@Transactional
	public void delete(Hub hub, long id) {
		byId(hub, id).ifPresent(replies::delete);
	}
}
