package org.hubdesk.request;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.function.IntSupplier;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import org.hubdesk.request.RequestEvents.MessagePosted;
import org.hubdesk.request.RequestEvents.ReminderSent;
import org.hubdesk.request.RequestEvents.RequestAssigned;
import org.hubdesk.request.RequestEvents.RequestStatusChanged;
import org.hubdesk.request.RequestEvents.RequestSubmitted;
import org.hubdesk.shared.Refusal;
import org.springframework.modulith.NamedInterface;

/**
 * A request for help to a hub: who asks, for which partner institution and content, what help is
 * needed, and where the content will be used on the platforms. It has a number per hub once
 * submitted ({@code CP-42}) and moves through the {@link RequestState lifecycle}.
 * <p>
 * Every change of state is a method here that refuses a move the lifecycle does not allow and
 * registers its domain event, published when the repository saves the request; the services load,
 * call these methods, write the timeline and save.
 */
@NamedInterface("api")
@Entity
@Table(name = "help_request")
public class HelpRequest extends RequestRecord {

	protected HelpRequest() {
	}

	/** A draft, which must at least have a title. @throws Refusal naming the field at fault */
	HelpRequest(Long hubId, Long requesterId, Long createdById, RequestDetails details, Instant now) {
		details.checkDraft();
		this.hubId = hubId;
		this.requesterId = requesterId;
		this.createdById = createdById;
		this.details = details.copy();
		this.state = RequestState.DRAFT;
		this.createdAt = now;
		this.updatedAt = now;
	}

	/** Whether the person is the requester or a co-requester. */
	public boolean isRequestedBy(Long personId) {
		return personId != null && (personId.equals(requesterId) || coRequesterIds.contains(personId));
	}

	/** The request's number with its hub's prefix, e.g. {@code CP-42}; null for a draft. */
	public String reference(String prefix) {
		return reference(prefix, number);
	}

	/** The reference of a request's number in a hub with that prefix, e.g. {@code CP-42}; null for no number. */
	public static String reference(String prefix, Integer number) {
		return number == null ? null : prefix + "-" + number;
	}

	/**
	 * Replaces the details; a submitted request must stay complete and a finished one is not changed.
	 * @return the fields that changed, for the audit trail (none for a draft, which has none)
	 */
	List<String> describe(RequestDetails next, Instant now) {
		if (state.finished()) {
			throw new Refusal(null, "request.error.finished");
		}
		next.checkDraft();
		if (state != RequestState.DRAFT) {
			next.checkComplete();
		}
		List<String> changed = state == RequestState.DRAFT ? List.of() : RequestFields.changed(details, next);
		this.details = next.copy();
		touch(now);
		return changed;
	}

	void setCoRequesters(Set<Long> ids) {
		this.coRequesterIds.clear();
		this.coRequesterIds.addAll(ids);
	}

	/** Submits a complete draft: it gets the number drawn from the hub's sequence (only then). */
	void submit(IntSupplier nextNumber, Instant now) {
		if (state != RequestState.DRAFT) {
			throw new Refusal(null, "request.error.not-draft");
		}
		details.checkComplete();
		this.number = nextNumber.getAsInt();
		this.state = RequestState.SUBMITTED;
		this.submittedAt = now;
		this.updatedAt = now;
		registerEvent(new RequestSubmitted(hubId, id, number, requesterId));
	}

	/**
	 * Moves the request by its lifecycle, if the {@link Move#check move is allowed}; a move by the hub
	 * counts as its response, and closing a request never decided on records its resolution.
	 * @throws Refusal naming the field at fault
	 */
	void transition(Move move, Instant now) {
		move.check(this);
		if (move.to() == RequestState.CLOSED && state.closesWithResolution()) {
			this.resolution = move.resolution();
			this.mergedIntoId = move.resolution() == Resolution.DUPLICATE ? move.original().getId() : null;
		}
		changeState(move.to(), move.actorId(), move.reason(), now);
		if (move.by().forHub()) {
			responded(now);
		}
	}

	/** The requester or a co-requester withdraws the request, while it may be. */
	void withdraw(Long actorId, String reason, Instant now) {
		if (!isRequestedBy(actorId) || !state.allows(Mover.REQUESTER, RequestState.WITHDRAWN)) {
			throw new Refusal(null, "request.error.withdraw");
		}
		changeState(RequestState.WITHDRAWN, actorId, reason, now);
	}

	/** Refuses what only an open request takes (messages, splitting): a draft or a finished one. */
	void checkOpen() {
		if (state.finished() || state == RequestState.DRAFT) {
			throw new Refusal(null, "request.error.finished");
		}
	}

	/**
	 * A message was posted: a public reply by staff is the hub's response, and a requester's answer
	 * takes a request waiting for them back to triage.
	 * @return whether the message took the request back to triage
	 */
	boolean received(RequestMessage message, boolean byStaff, Instant now) {
		checkOpen();
		Long authorId = message.getAuthorId();
		boolean answer = !byStaff && state.allows(Mover.REQUESTER, RequestState.TRIAGE);
		if (byStaff && !message.isInternal()) {
			responded(now);
		}
		else {
			touch(now);
		}
		if (answer) {
			changeState(RequestState.TRIAGE, authorId, null, now);
		}
		registerEvent(new MessagePosted(hubId, id, message.getId(), authorId, message.isInternal()));
		return answer;
	}

	/** Assigns the request to a member of staff, or unassigns it with null. */
	void assign(Long assignee, Long actorId, Instant now) {
		this.assigneeId = assignee;
		touch(now);
		registerEvent(new RequestAssigned(hubId, id, assignee, actorId));
	}

	/** Reminds the requesters that the hub waits for their answer: once per question. */
	void remind(Instant now) {
		if (state != RequestState.WAITING_FOR_REQUESTER || remindedAt != null) {
			throw Refusal.conflict("request.error.transition");
		}
		this.remindedAt = now;
		registerEvent(new ReminderSent(hubId, id));
	}

	/**
	 * A part split off this open request: the same details and requesters under its own title and
	 * number, submitted and in triage at once. Staff made it themselves, so it announces nothing.
	 */
	HelpRequest part(String title, Long actorId, int partNumber, Instant now) {
		checkOpen();
		HelpRequest part = new HelpRequest(hubId, requesterId, actorId, details.titled(title), now);
		part.parentId = id;
		part.setCoRequesters(coRequesterIds);
		part.number = partNumber;
		part.submittedAt = now;
		part.moveTo(RequestState.TRIAGE, now);
		return part;
	}

	void setSummary(String text, Instant now) {
		this.summary = text;
		touch(now);
	}

	void setEstimatedEffortHours(BigDecimal hours, Instant now) {
		this.estimatedEffortHours = hours;
		touch(now);
	}

	void setTags(Set<String> words, Instant now) {
		this.tags.clear();
		this.tags.addAll(words);
		touch(now);
	}

	/** The domain events registered and not yet published, for the tests of the rules. */
	List<Object> events() {
		return List.copyOf(domainEvents());
	}

	private void changeState(RequestState next, Long actorId, String reason, Instant now) {
		RequestState from = state;
		moveTo(next, now);
		registerEvent(new RequestStatusChanged(hubId, id, from, next, actorId, reason));
	}

	private void moveTo(RequestState next, Instant now) {
		this.state = next;
		this.updatedAt = now;
		this.waitingSince = next == RequestState.WAITING_FOR_REQUESTER ? now : null;
		this.remindedAt = null;
	}

	private void responded(Instant now) {
		if (firstResponseAt == null) {
			firstResponseAt = now;
		}
		touch(now);
	}

	private void touch(Instant now) {
		this.updatedAt = now;
	}
}
