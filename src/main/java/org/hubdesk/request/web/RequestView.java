package org.hubdesk.request.web;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.hubdesk.directory.Affiliate;
import org.hubdesk.directory.Directory;
import org.hubdesk.directory.ThematicGroup;
import org.hubdesk.hub.Hub;
import org.hubdesk.hub.HubRole;
import org.hubdesk.hub.HubViewer;
import org.hubdesk.hub.Hubs;
import org.hubdesk.identity.PersonName;
import org.hubdesk.request.Attachments;
import org.hubdesk.request.HelpRequest;
import org.hubdesk.request.RequestAccess;
import org.hubdesk.request.RequestMessage;
import org.hubdesk.request.RequestPanel;
import org.hubdesk.request.RequestState;
import org.hubdesk.request.RequestTimeline;
import org.hubdesk.request.StaffMoves;
import org.hubdesk.request.RequestWork;
import org.hubdesk.request.Requests;
import org.hubdesk.request.Resolution;
import org.hubdesk.request.TimelineEntry;
import org.hubdesk.request.canned.CannedReplies;
import org.hubdesk.request.web.RequestPageForms.AssignForm;
import org.hubdesk.request.web.RequestPageForms.ReplyForm;
import org.hubdesk.request.web.RequestPageForms.TransitionForm;
import org.hubdesk.request.web.RequestPageForms.WithdrawForm;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * What a request's page shows a viewer: its details, and its timeline merged with its messages in
 * time order. Internal notes and internal entries reach only those who see internal matters.
 */
@Component
class RequestView {

	private final RequestWeb web;
	private final Requests requests;
	private final RequestAccess access;
	private final Hubs hubs;
	private final Directory directory;
	private final Attachments attachments;
	private final RequestWork work;
	private final CannedReplies canned;
	private final RequestTimeline timeline;
	private final List<RequestPanel> panels;
	private final StaffMoves staffMoves;

	RequestView(RequestWeb web, Requests requests, RequestAccess access, Hubs hubs, Directory directory,
			Attachments attachments, RequestWork work, CannedReplies canned, RequestTimeline timeline,
			List<RequestPanel> panels, StaffMoves staffMoves) {
		this.attachments = attachments;
		this.work = work;
		this.canned = canned;
		this.timeline = timeline;
		this.panels = panels;
		this.staffMoves = staffMoves;
		this.web = web;
		this.requests = requests;
		this.access = access;
		this.hubs = hubs;
		this.directory = directory;
	}

	/**
	 * One line of the timeline: what happened, worded by its kind ({@code what}, with words quoted as
	 * written in {@code quote}), and the message when it is one.
	 */
	public record Item(Instant at, TimelineEntry entry, RequestMessage message, String actor, String what,
			String quote) {

		public boolean internal() {
			return (entry != null && entry.isInternal()) || (message != null && message.isInternal());
		}
	}

	/** Fills the model of the request's page; forms already in the model (with what was typed) stay. */
	void fill(Model model, HubViewer viewer, HelpRequest request, Locale locale) {
		Hub hub = viewer.hub();
		long me = viewer.id();
		boolean staff = viewer.isStaff();
		boolean internal = access.scope(viewer).internalNotes();
		Map<Long, RequestMessage> messages = requests.messages(request, internal).stream()
			.filter(m -> internal || !m.isInternal())
			.collect(Collectors.toMap(RequestMessage::getId, Function.identity(), (a, b) -> a, LinkedHashMap::new));
		List<TimelineEntry> entries = timeline.seenBy(request, viewer);
		// everyone the page names, read in one query
		Set<Long> ids = new HashSet<>();
		ids.add(request.getRequesterId());
		ids.addAll(request.getCoRequesterIds());
		if (request.getAssigneeId() != null) {
			ids.add(request.getAssigneeId());
		}
		entries.stream().map(TimelineEntry::getActorId).filter(Objects::nonNull).forEach(ids::add);
		messages.values().forEach(m -> ids.add(m.getAuthorId()));
		List<Long> staffIds = staff ? hubs.holdersOf(hub, HubRole.STAFF) : List.of();
		ids.addAll(staffIds);
		Map<Long, String> names = web.names(ids);
		List<Item> items = items(entries, messages, names, locale);
		model.addAttribute("hub", hub);
		model.addAttribute("request", request);
		model.addAttribute("reference", request.reference(hub.getNumberPrefix()));
		model.addAttribute("staff", staff);
		model.addAttribute("requesterSide", request.isRequestedBy(me));
		model.addAttribute("items", items);
		model.addAttribute("requesterName", names.get(request.getRequesterId()));
		model.addAttribute("coRequesterNames",
				request.getCoRequesterIds().stream().map(names::get).filter(n -> n != null).sorted().toList());
		model.addAttribute("assigneeName", request.getAssigneeId() == null ? null : names.get(request.getAssigneeId()));
		Map<Long, String> needLabels = web.needLabels(hub, locale);
		model.addAttribute("needs", needLabels.entrySet().stream()
			.filter(e -> request.getNeedIds().contains(e.getKey())).map(Map.Entry::getValue).toList());
		model.addAttribute("affiliate", request.getAffiliateId() == null ? null
				: directory.affiliate(request.getAffiliateId()).map(Affiliate::getName).orElse(null));
		model.addAttribute("group", request.getThematicGroupId() == null ? null
				: directory.thematicGroups().stream().filter(g -> g.getId().equals(request.getThematicGroupId()))
					.map(ThematicGroup::getName).findFirst().orElse(null));
		model.addAttribute("mergedInto", request.getMergedIntoId() == null ? null
				: requests.byId(request.getMergedIntoId()).orElse(null));
		model.addAttribute("transitions", staffMoves.offered(hub, request.getState()));
		model.addAttribute("reservedMoves", staffMoves.reservedFrom(hub, request.getState()));
		model.addAttribute("closesFromTriage", request.getState() == RequestState.TRIAGE
				|| request.getState() == RequestState.SUBMITTED);
		model.addAttribute("resolutions", Resolution.values());
		model.addAttribute("staffMembers", Hubs.byName(staffIds, names));
		model.addAttribute("attachments", attachments.of(request, internal));
		model.addAttribute("maxMegabytes", attachments.maxMegabytes());
		if (staff) {
			model.addAttribute("cannedReplies", canned.forLanguage(hub, request.getLanguage()));
		}
		model.addAttribute("panels", panels.stream().flatMap(p -> p.panel(request, viewer).stream())
			.sorted(Comparator.comparingInt(RequestPanel.Panel::order)).toList());
		model.addAttribute("outcome", work.outcome(request).orElse(null));
		model.addAttribute("parent", request.getParentId() == null ? null : requests.byId(request.getParentId()).orElse(null));
		addForm(model, "reply", new ReplyForm(), request);
		addForm(model, "withdrawal", new WithdrawForm(), request);
		addForm(model, "transition", new TransitionForm(), request);
		AssignForm assign = new AssignForm();
		assign.setAssignee(request.getAssigneeId());
		addForm(model, "assignment", assign, request);
	}

	private static void addForm(Model model, String name, RequestPageForms.Versioned form, HelpRequest request) {
		if (!model.containsAttribute(name)) {
			form.setVersion(request.getVersion());
			model.addAttribute(name, form);
		}
	}

	/** The hub's staff, by name. */
	List<PersonName> staffOf(Hub hub) {
		return hubs.assignable(hub);
	}

	private List<Item> items(List<TimelineEntry> entries, Map<Long, RequestMessage> messages, Map<Long, String> names,
			Locale locale) {
		List<Item> items = new ArrayList<>();
		Set<Long> shown = new HashSet<>();
		for (TimelineEntry e : entries) {
			RequestMessage message = e.getMessageId() == null ? null : messages.get(e.getMessageId());
			if (e.getMessageId() != null && message == null) {
				continue;
			}
			if (message != null) {
				shown.add(message.getId());
			}
			items.add(new Item(e.getAt(), e, message, e.getActorId() == null ? null : names.get(e.getActorId()),
					timeline.word(e, locale), timeline.quote(e)));
		}
		for (RequestMessage m : messages.values()) {
			if (!shown.contains(m.getId())) {
				items.add(new Item(m.getCreatedAt(), null, m, names.get(m.getAuthorId()), null, null));
			}
		}
		items.sort(Comparator.comparing(Item::at));
		return items;
	}
}
