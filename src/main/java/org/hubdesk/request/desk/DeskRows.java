package org.hubdesk.request.desk;

import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

import org.hubdesk.directory.Directory;
import org.hubdesk.hub.Hub;
import org.hubdesk.identity.People;
import org.hubdesk.request.HelpRequest;
import org.hubdesk.request.RequestState;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** Turns a page of requests into the desk's rows, with names looked up once for the whole page. */
@Component
class DeskRows {

	/**
	 * A row of the desk, its texts already in the reader's language: a page shows 25 of them, and
	 * each text made here is one expression fewer for the template to evaluate.
	 *
	 * @param path the request's page
	 * @param from who asked, with their affiliate when there is one
	 * @param assignment to whom it is assigned, or that it is not
	 * @param firstReply how long it waited (or has waited) for its first reply
	 */
	record Row(int number, String reference, String title, RequestState state, String stateLabel, String path,
			String from, String assignment, boolean answered, String firstReply, Instant submittedAt, Instant updatedAt) {
	}

	/** A duration as a number and its unit's message key, for plurals in the reader's language. */
	record Age(long amount, String unitKey) {

		static Age of(Duration d) {
			if (d.toDays() >= 1) {
				return new Age(d.toDays(), "desk.age.days");
			}
			if (d.toHours() >= 1) {
				return new Age(d.toHours(), "desk.age.hours");
			}
			return new Age(Math.max(0, d.toMinutes()), "desk.age.minutes");
		}
	}

	private final People people;
	private final Directory directory;
	private final MessageSource messages;

	DeskRows(People people, Directory directory, MessageSource messages) {
		this.directory = directory;
		this.people = people;
		this.messages = messages;
	}

	/** The rows of a page, with the names of their people and affiliates read in one query each. */
	List<Row> rows(Hub hub, Collection<DeskLine> lines, Instant now, Locale locale) {
		Set<Long> ids = new HashSet<>();
		lines.forEach(r -> {
			ids.add(r.requesterId());
			if (r.assigneeId() != null) {
				ids.add(r.assigneeId());
			}
		});
		Map<Long, String> names = people.names(ids);
		Set<Long> affiliateIds = lines.stream().map(DeskLine::affiliateId).filter(Objects::nonNull)
			.collect(Collectors.toSet());
		Map<Long, String> affiliateNames = directory.affiliateNames(affiliateIds);
		return lines.stream().map(r -> {
			Age age = Age.of(Duration.between(r.submittedAt(), r.answered() ? r.firstResponseAt() : now));
			String ageText = messages.getMessage(age.unitKey(), new Object[] { age.amount() }, locale);
			String requester = names.getOrDefault(r.requesterId(), "");
			String affiliate = r.affiliateId() == null ? r.affiliateOther() : affiliateNames.get(r.affiliateId());
			String from = affiliate != null
					? messages.getMessage("desk.row.requester-affiliate", new Object[] { requester, affiliate }, locale)
					: messages.getMessage("desk.row.requester", new Object[] { requester }, locale);
			String assignment = r.assigneeId() == null ? messages.getMessage("desk.row.unassigned", null, locale)
					: messages.getMessage("desk.row.assignee", new Object[] { names.getOrDefault(r.assigneeId(), "") },
							locale);
			String firstReply = messages.getMessage(r.answered() ? "desk.row.answered-after" : "desk.row.waiting",
					new Object[] { ageText }, locale);
			return new Row(r.number(), HelpRequest.reference(hub.getNumberPrefix(), r.number()), r.title(), r.state(),
					messages.getMessage(r.state().messageKey(), null, locale),
					"/hubs/" + hub.getSlug() + "/requests/" + r.number(), from, assignment, r.answered(), firstReply,
					r.submittedAt(), r.updatedAt());
		}).toList();
	}
}
