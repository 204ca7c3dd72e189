package org.hubdesk.request;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import org.hubdesk.hub.Hub;
import org.hubdesk.request.TimelineEntry.Kind;
import org.hubdesk.request.internal.HelpRequestRepository;
import org.hubdesk.request.internal.RequestNumbers;
import org.hubdesk.request.internal.TimelineRepository;
import org.hubdesk.request.work.MilestoneRepository;
import org.hubdesk.request.work.OutcomeRepository;
import org.hubdesk.request.work.TimeEntryRepository;
import org.hubdesk.shared.Dates;
import org.hubdesk.shared.Lengths;
import org.hubdesk.shared.Refusal;
import org.hubdesk.shared.Texts;
import org.springframework.modulith.NamedInterface;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The staff's work on a request: estimated effort, a summary in the hub's working language, tags,
 * and once accepted its milestones, logged hours and outcome report; splitting a large request into
 * parts that move on their own. Every change goes on the timeline.
 */
@NamedInterface("api")
@Service
@Transactional(readOnly = true)
public class RequestWork {

	static final Set<RequestState> WORKING = EnumSet.of(RequestState.ACCEPTED, RequestState.IN_PROGRESS,
			RequestState.COMPLETED);
	static final Pattern TAG = Pattern.compile("^[\\p{L}\\p{N}][\\p{L}\\p{N} _-]{0,59}$");

	/** The most tags a request carries. */
	public static final int TAGS_MAX = 50;

	/** The most parts a request is split into at once. */
	public static final int PARTS_MAX = 50;

	private final HelpRequestRepository requests;
	private final MilestoneRepository milestones;
	private final TimeEntryRepository hours;
	private final OutcomeRepository outcomes;
	private final TimelineRepository timeline;
	private final RequestNumbers numbers;
	private final Clock clock;

	RequestWork(HelpRequestRepository requests, MilestoneRepository milestones, TimeEntryRepository hours,
			OutcomeRepository outcomes, TimelineRepository timeline, RequestNumbers numbers, Clock clock) {
		this.requests = requests;
		this.milestones = milestones;
		this.hours = hours;
		this.outcomes = outcomes;
		this.timeline = timeline;
		this.numbers = numbers;
		this.clock = clock;
	}

	/** Whether a request in this state is being worked: milestones, hours and the outcome apply. */
	public static boolean isWorking(RequestState state) {
		return WORKING.contains(state);
	}

	public List<Milestone> milestones(HelpRequest request) {
		return milestones.findByRequestIdOrderByDueDateAscIdAsc(request.getId());
	}

	public List<TimeEntry> hours(HelpRequest request) {
		return hours.findByRequestIdOrderByWorkDateAscIdAsc(request.getId());
	}

	public BigDecimal totalHours(HelpRequest request) {
		return hours.totalHours(request.getId());
	}

	public Optional<Outcome> outcome(HelpRequest request) {
		return outcomes.findById(request.getId());
	}

	/** The parts a request was split into. */
	public List<HelpRequest> parts(HelpRequest request) {
		return requests.findByParentIdOrderByNumberAsc(request.getId());
	}

	@Transactional
	public HelpRequest estimateEffort(HelpRequest request, long expectedVersion, BigDecimal effortHours, long actorId) {
		if (effortHours != null && (effortHours.signum() < 0 || effortHours.compareTo(new BigDecimal("10000")) >= 0)) {
			throw new Refusal("estimatedEffortHours", "request.error.hours");
		}
		HelpRequest current = fresh(request, expectedVersion);
		Instant now = clock.instant();
		current.setEstimatedEffortHours(effortHours, now);
		record(current, actorId, now, true, "estimatedEffortHours", effortHours == null ? null : effortHours.toPlainString());
		return requests.saveAndFlush(current);
	}

	@Transactional
	public HelpRequest summarise(HelpRequest request, long expectedVersion, String summary, long actorId) {
		Texts.require("summary", summary);
		HelpRequest current = fresh(request, expectedVersion);
		Instant now = clock.instant();
		current.setSummary(summary == null || summary.isBlank() ? null
				: Lengths.within("summary", summary.strip(), RequestRecord.SUMMARY_MAX), now);
		record(current, actorId, now, false, "summary", null);
		return requests.saveAndFlush(current);
	}

	/** Replaces the tags (free words, lower-cased). @throws Refusal when a tag is malformed */
	@Transactional
	public HelpRequest tag(HelpRequest request, long expectedVersion, List<String> tags, long actorId) {
		Set<String> clean = new LinkedHashSet<>();
		for (String tag : tags) {
			String t = tag.strip().toLowerCase(Locale.ROOT);
			if (t.isEmpty()) {
				continue;
			}
			if (!TAG.matcher(t).matches()) {
				throw new Refusal("tags", "request.error.tag");
			}
			clean.add(t);
		}
		if (clean.size() > TAGS_MAX) {
			throw new Refusal("tags", "request.error.tags-count", TAGS_MAX);
		}
		HelpRequest current = fresh(request, expectedVersion);
		Instant now = clock.instant();
		current.setTags(clean, now);
		record(current, actorId, now, true, "tags", String.join(", ", clean));
		return requests.saveAndFlush(current);
	}

	@Transactional
	public Milestone addMilestone(HelpRequest request, String title, LocalDate due, long actorId) {
		HelpRequest current = working(request);
		if (title == null || title.isBlank()) {
			throw new Refusal("milestoneTitle", "validation.required");
		}
		Texts.require("milestoneTitle", title);
		Lengths.within("milestoneTitle", title.strip(), Milestone.TITLE_MAX);
		Dates.within("milestoneDue", due);
		Instant now = clock.instant();
		Milestone milestone = milestones.save(new Milestone(current.getId(), title.strip(), due, now));
		record(current, actorId, now, false, "milestones", title.strip());
		return milestone;
	}

	@Transactional
	public Milestone markMilestone(HelpRequest request, long milestoneId, boolean done, long actorId) {
		HelpRequest current = working(request);
		Milestone milestone = milestones.findById(milestoneId)
			.filter(m -> m.getRequestId().equals(current.getId()))
			.orElseThrow(() -> new Refusal(null, "request.error.not-found"));
		milestone.setDone(done);
		record(current, actorId, clock.instant(), false, "milestones", milestone.getTitle());
		return milestone;
	}

	@Transactional
	public TimeEntry logHours(HelpRequest request, long personId, LocalDate date, BigDecimal amount, String note) {
		HelpRequest current = working(request);
		if (amount == null || amount.signum() <= 0 || amount.compareTo(new BigDecimal("24")) > 0) {
			throw new Refusal("hours", "request.error.hours");
		}
		if (date == null || date.isAfter(LocalDate.now(clock).plusDays(1)) || date.isBefore(Dates.FIRST)) {
			throw new Refusal("workDate", "request.error.work-date");
		}
		Texts.require("note", note);
		Lengths.within("note", note == null ? null : note.strip(), TimeEntry.NOTE_MAX);
		Instant now = clock.instant();
		TimeEntry entry = hours.save(new TimeEntry(current.getId(), personId, date, amount,
				note == null || note.isBlank() ? null : note.strip(), now));
		record(current, personId, now, true, "hours", amount.toPlainString());
		return entry;
	}

	/** Writes (or rewrites) the outcome report: what was done and where the content is on the platforms. */
	@Transactional
	public Outcome reportOutcome(HelpRequest request, String summary, List<String> links, long actorId) {
		HelpRequest current = working(request);
		if (summary == null || summary.isBlank()) {
			throw new Refusal("outcomeSummary", "validation.required");
		}
		Texts.require("outcomeSummary", summary);
		Lengths.within("outcomeSummary", summary.strip(), Outcome.SUMMARY_MAX);
		List<String> clean = new ArrayList<>();
		for (String link : links) {
			String l = link.strip();
			if (l.isEmpty()) {
				continue;
			}
			if (!l.matches("^https?://\\S+$")) {
				throw new Refusal("outcomeLinks", "validation.url");
			}
			clean.add(l);
		}
		Lengths.within("outcomeLinks", String.join("\n", clean), Outcome.LINKS_MAX);
		Instant now = clock.instant();
		Outcome outcome = outcomes.findById(current.getId()).orElseGet(() -> new Outcome(current.getId()));
		outcome.write(summary.strip(), clean, actorId, now);
		record(current, actorId, now, false, "outcome", null);
		return outcomes.save(outcome);
	}

	/**
	 * Splits a request into parts, each a request of its own (with its own number, in triage) that
	 * keeps the details and the requesters; the original stays as it is, linked to its parts.
	 */
	@Transactional
	public List<HelpRequest> split(Hub hub, HelpRequest request, List<String> titles, long actorId) {
		HelpRequest current = requests.findForUpdate(request.getId()).orElseThrow();
		current.checkOpen();
		List<String> clean = titles.stream().map(String::strip).filter(t -> !t.isEmpty()).toList();
		if (clean.isEmpty()) {
			throw new Refusal("parts", "validation.required");
		}
		clean.forEach(title -> Texts.require("parts", title));
		if (clean.size() > PARTS_MAX) {
			throw new Refusal("parts", "request.error.parts-count", PARTS_MAX);
		}
		numbers.ensureCounter(hub.getId());
		Instant now = clock.instant();
		List<HelpRequest> parts = new ArrayList<>();
		for (String title : clean) {
			HelpRequest part = current.part(title.length() > 300 ? title.substring(0, 300) : title, actorId,
					numbers.next(hub.getId()), now);
			part = requests.save(part);
			timeline.save(new TimelineEntry(part.getId(), now, actorId, Kind.CREATED, false)
				.detail(current.reference(hub.getNumberPrefix())));
			parts.add(part);
		}
		record(current, actorId, now, false, "parts",
				String.join(", ", parts.stream().map(p -> p.reference(hub.getNumberPrefix())).toList()));
		requests.saveAndFlush(current);
		return parts;
	}

	private HelpRequest working(HelpRequest request) {
		HelpRequest current = requests.findForUpdate(request.getId()).orElseThrow();
		if (!WORKING.contains(current.getState())) {
			throw new Refusal(null, "request.error.not-accepted");
		}
		return current;
	}

	private HelpRequest fresh(HelpRequest request, long expectedVersion) {
		HelpRequest current = requests.findForUpdate(request.getId()).orElseThrow();
		if (current.getVersion() != expectedVersion) {
			throw new StaleRequestException();
		}
		return current;
	}

	private void record(HelpRequest request, long actorId, Instant now, boolean internal, String field, String detail) {
		timeline.save(new TimelineEntry(request.getId(), now, actorId, Kind.FIELD_CHANGED, internal).field(field)
			.detail(detail));
	}
}
