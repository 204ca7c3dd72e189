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

	/** A row of the desk. {@code age} is how long the request waited (or has waited) for its first reply. */
	record Row(int number, String reference, String title, RequestState state, String requester, String affiliate,
			String assignee, Instant submittedAt, Instant updatedAt, boolean answered, String age) {
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
	List<Row> rows(Hub hub, Collection<HelpRequest> requests, Instant now, Locale locale) {
		Set<Long> ids = new HashSet<>();
		requests.forEach(r -> {
			ids.add(r.getRequesterId());
			if (r.getAssigneeId() != null) {
				ids.add(r.getAssigneeId());
			}
		});
		Map<Long, String> names = people.names(ids);
		Set<Long> affiliateIds = requests.stream().map(HelpRequest::getAffiliateId).filter(Objects::nonNull)
			.collect(Collectors.toSet());
		Map<Long, String> affiliateNames = directory.affiliateNames(affiliateIds);
		return requests.stream().map(r -> {
			Instant submitted = r.getSubmittedAt() == null ? r.getCreatedAt() : r.getSubmittedAt();
			boolean answered = r.getFirstResponseAt() != null;
			Age age = Age.of(Duration.between(submitted, answered ? r.getFirstResponseAt() : now));
			String ageText = messages.getMessage(age.unitKey(), new Object[] { age.amount() }, locale);
			return new Row(r.getNumber(), r.reference(hub.getNumberPrefix()), r.getTitle(), r.getState(),
					names.getOrDefault(r.getRequesterId(), ""), r.getAffiliateId() == null ? r.getAffiliateOther()
							: affiliateNames.get(r.getAffiliateId()),
					r.getAssigneeId() == null ? null : names.getOrDefault(r.getAssigneeId(), ""), submitted, r.getUpdatedAt(),
					answered, ageText);
		}).toList();
	}
}
