package org.hubdesk.request.api;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.hubdesk.hub.Hub;
import org.hubdesk.identity.People;
import org.hubdesk.identity.Person;
import org.hubdesk.request.Audience;
import org.hubdesk.request.HelpRequest;
import org.hubdesk.request.RequestDetails;
import org.hubdesk.request.RequestMessage;
import org.hubdesk.request.RequestTimeline;
import org.hubdesk.request.Requests;
import org.hubdesk.request.TimelineEntry;
import org.hubdesk.request.api.RequestApiJson.MessageJson;
import org.hubdesk.request.api.RequestApiJson.RequestJson;
import org.hubdesk.request.api.RequestApiJson.RequestPatch;
import org.hubdesk.request.api.RequestApiJson.RequestSummary;
import org.hubdesk.request.api.RequestApiJson.TimelineJson;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Turns requests into the API's records, as the request's page shows them to the caller (people by
 * name, staff-only facts to staff only), and patches into details.
 */
@Component
public class RequestApiViews {

	private final Requests requests;
	private final People people;
	private final RequestTimeline timeline;

	RequestApiViews(Requests requests, People people, RequestTimeline timeline) {
		this.requests = requests;
		this.people = people;
		this.timeline = timeline;
	}

	/**
	 * The requests of a list as the desk (for staff) or the caller's own list shows them: people by
	 * name, the assignee only to staff.
	 */
	List<RequestSummary> summaries(Hub hub, List<HelpRequest> list, boolean staff) {
		Set<Long> ids = new HashSet<>();
		list.forEach(r -> {
			ids.add(r.getRequesterId());
			if (staff && r.getAssigneeId() != null) {
				ids.add(r.getAssigneeId());
			}
		});
		Map<Long, String> names = names(ids);
		return list.stream()
			.map(r -> new RequestSummary(r.getNumber(), r.reference(hub.getNumberPrefix()), r.getTitle(), r.getState(),
					names.get(r.getRequesterId()), staff ? names.get(r.getAssigneeId()) : null, r.getSubmittedAt(),
					r.getUpdatedAt(), r.getFirstResponseAt()))
			.toList();
	}

	/**
	 * The request as its page shows it to the caller: people by name; with {@code staff} (who read
	 * internal notes), also its internal notes and entries, its assignee, tags and estimated effort.
	 */
	public RequestJson detail(Hub hub, HelpRequest r, boolean staff) {
		List<RequestMessage> messages = requests.messages(r, staff);
		List<TimelineEntry> entries = timeline.of(r, Audience.seenBy(staff));
		Set<Long> ids = new HashSet<>();
		ids.add(r.getRequesterId());
		if (staff && r.getAssigneeId() != null) {
			ids.add(r.getAssigneeId());
		}
		messages.forEach(m -> ids.add(m.getAuthorId()));
		entries.stream().map(TimelineEntry::getActorId).filter(id -> id != null).forEach(ids::add);
		Map<Long, String> names = names(ids);
		Locale locale = LocaleContextHolder.getLocale();
		Integer duplicateOf = r.getMergedIntoId() == null ? null
				: requests.byId(r.getMergedIntoId()).map(HelpRequest::getNumber).orElse(null);
		Set<String> coRequesters = people.byIds(r.getCoRequesterIds()).stream().map(Person::getUsername)
			.collect(Collectors.toCollection(TreeSet::new));
		return new RequestJson(r.getNumber() == null ? r.getId() : null, r.getNumber(),
				r.reference(hub.getNumberPrefix()), r.getState(), r.getVersion(), names.get(r.getRequesterId()),
				coRequesters, staff ? names.get(r.getAssigneeId()) : null, r.getTitle(), r.getAffiliateId(),
				r.getAffiliateOther(), r.getPartnerName(), r.getPartnerQid(), r.getContentTypes(),
				r.getEstimatedVolume(), r.getRightsStatus(), r.getPlatforms(), r.getUsefulnessPlan(),
				r.getThematicGroupId(), r.getLanguage(), r.getDesiredTimeline(), r.getDescription(),
				r.isConsentToPublish(), r.getNeedIds(), r.getSummary(), staff ? new TreeSet<>(r.getTags()) : null,
				staff ? r.getEstimatedEffortHours() : null, r.getResolution(), duplicateOf, r.getCreatedAt(),
				r.getSubmittedAt(), r.getUpdatedAt(), r.getFirstResponseAt(),
				messages.stream().map(m -> message(m, names)).toList(),
				entries.stream().map(e -> entry(e, names, locale)).toList());
	}

	private TimelineJson entry(TimelineEntry e, Map<Long, String> names, Locale locale) {
		String kind = e.getKind() != null ? e.getKind().name() : e.getKindKey();
		return new TimelineJson(e.getAt(), names.get(e.getActorId()), kind, e.getKindKey(), timeline.word(e, locale),
				e.getFacts(), e.getAudience(), e.getFromState(), e.getToState(), e.getField(), e.getDetail(),
				e.isInternal());
	}

	MessageJson message(RequestMessage m) {
		return message(m, names(Set.of(m.getAuthorId())));
	}

	/** The request's details with the patch's fields laid over them. */
	static RequestDetails merge(HelpRequest r, RequestPatch p) {
		RequestDetails d = r.getDetails();
		return new RequestDetails(or(p.title(), d.title()), or(p.affiliateId(), d.affiliateId()),
				or(p.affiliateOther(), d.affiliateOther()), or(p.partnerName(), d.partnerName()),
				or(p.partnerQid(), d.partnerQid()), or(p.contentTypes(), d.contentTypes()),
				or(p.estimatedVolume(), d.estimatedVolume()), or(p.rightsStatus(), d.rightsStatus()),
				or(RequestApiJson.elements("platforms", p.platforms()), d.platforms()),
				or(p.usefulnessPlan(), d.usefulnessPlan()),
				or(p.thematicGroupId(), d.thematicGroupId()), or(p.language(), d.language()),
				or(p.desiredTimeline(), d.desiredTimeline()), or(p.description(), d.description()),
				or(p.consentToPublish(), d.consentToPublish()),
				or(RequestApiJson.elements("needIds", p.needIds()), d.needIds()));
	}

	/** The co-requesters a patch sets, or the request's present ones when it leaves them out. */
	Set<String> coRequesters(HelpRequest r, RequestPatch p) {
		if (p.coRequesters() != null) {
			return p.coRequesters();
		}
		return people.byIds(r.getCoRequesterIds()).stream().map(Person::getUsername).collect(Collectors.toSet());
	}

	private static MessageJson message(RequestMessage m, Map<Long, String> names) {
		return new MessageJson(m.getId(), names.get(m.getAuthorId()), m.getBody(), m.isInternal(), m.getCreatedAt());
	}

	/** People's names, as the pages show them (never their usernames). */
	private Map<Long, String> names(Set<Long> ids) {
		return people.byIds(ids).stream().collect(Collectors.toMap(Person::getId, Person::getName, (a, b) -> a));
	}

	private static <T> T or(T value, T otherwise) {
		return value != null ? value : otherwise;
	}
}
