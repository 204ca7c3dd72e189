package org.hubdesk.committee.internal;

import java.time.Clock;
import java.util.List;

import org.hubdesk.request.HelpRequest;
import org.hubdesk.shared.Refusal;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The committee's discussion of a request on its agenda, among the members not conflicted on it. */
@Service
@Transactional(readOnly = true)
public class Discussion {

	private final CommentRepository comments;
	private final Conflicts conflicts;
	private final Clock clock;

	Discussion(CommentRepository comments, Conflicts conflicts, Clock clock) {
		this.comments = comments;
		this.conflicts = conflicts;
		this.clock = clock;
	}

	public List<Comment> of(AgendaItem item) {
		return comments.findByAgendaItemIdOrderByPostedAtAscIdAsc(item.getId());
	}

	/**
	 * A member adds to the discussion.
	 * @throws Refusal (403) for a conflicted member; (field {@code body}) for an empty or over-long text
	 */
	@Transactional
	public Comment post(HelpRequest request, AgendaItem item, long memberId, String body) {
		if (conflicts.conflicted(request, memberId)) {
			throw Refusal.forbidden();
		}
		String text = Inputs.required("body", body, Comment.BODY_MAX);
		return comments.save(new Comment(item.getId(), memberId, text, clock.instant()));
	}
}
