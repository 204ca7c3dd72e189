package org.hubdesk.request.work;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.hubdesk.hub.Hub;
import org.hubdesk.hub.HubViewer;
import org.hubdesk.request.HelpRequest;
import org.hubdesk.request.RequestAccess;
import org.hubdesk.request.RequestRecord;
import org.hubdesk.request.RequestWork;
import org.hubdesk.request.StaleRequestException;
import org.hubdesk.shared.Dates;
import org.hubdesk.shared.Lengths;
import org.hubdesk.shared.Refusal;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The staff's work on a request, from its page: effort and summary, tags, milestones, hours, the
 * outcome report, splitting into parts. A refused change goes back to the page with its message and
 * what was typed.
 */
@Controller
@RequestMapping("/hubs/{slug}/requests/{n:\\d+}/work")
class RequestWorkController {

	private final RequestWork work;
	private final RequestAccess access;
	private final MessageSource messages;

	RequestWorkController(RequestWork work, RequestAccess access, MessageSource messages) {
		this.work = work;
		this.access = access;
		this.messages = messages;
	}

	@PostMapping("/estimate")
	String estimate(HubViewer viewer, @PathVariable int n, @RequestParam(required = false) String version,
			@RequestParam(required = false) String effort, @RequestParam(required = false) String summary, Locale locale,
			RedirectAttributes redirect) {
		return change(viewer, n, redirect, locale, Map.of("effort", text(effort), "summary", text(summary)), (hub, r) -> {
			// both or neither: the summary is checked before the effort is saved
			Lengths.within("summary", summary == null ? null : summary.strip(), RequestRecord.SUMMARY_MAX);
			HelpRequest changed = work.estimateEffort(r, expected(version), hours(effort, "estimatedEffortHours"), viewer.id());
			work.summarise(changed, changed.getVersion(), summary, viewer.id());
		});
	}

	@PostMapping("/tags")
	String tags(HubViewer viewer, @PathVariable int n, @RequestParam(required = false) String version,
			@RequestParam(required = false) String tags, Locale locale, RedirectAttributes redirect) {
		return change(viewer, n, redirect, locale, Map.of("tags", text(tags)),
				(hub, r) -> work.tag(r, expected(version), Arrays.asList(text(tags).split(",")), viewer.id()));
	}

	@PostMapping("/milestones")
	String milestone(HubViewer viewer, @PathVariable int n, @RequestParam(required = false) String title,
			@RequestParam(required = false) String due, Locale locale, RedirectAttributes redirect) {
		return change(viewer, n, redirect, locale, Map.of("milestoneTitle", text(title), "milestoneDue", text(due)),
				(hub, r) -> work.addMilestone(r, title, Dates.parse("milestoneDue", due), viewer.id()));
	}

	@PostMapping("/milestones/{id}")
	String markMilestone(HubViewer viewer, @PathVariable int n, @PathVariable long id,
			@RequestParam boolean done, Locale locale, RedirectAttributes redirect) {
		return change(viewer, n, redirect, locale, Map.of(), (hub, r) -> work.markMilestone(r, id, done, viewer.id()));
	}

	@PostMapping("/hours")
	String hours(HubViewer viewer, @PathVariable int n, @RequestParam(required = false) String hours,
			@RequestParam(required = false) String date, @RequestParam(required = false) String note, Locale locale,
			RedirectAttributes redirect) {
		return change(viewer, n, redirect, locale, Map.of("hours", text(hours), "workDate", text(date), "note", text(note)),
				(hub, r) -> work.logHours(r, viewer.id(), Dates.parse("workDate", date), hours(hours, "hours"), note));
	}

	@PostMapping("/outcome")
	String outcome(HubViewer viewer, @PathVariable int n, @RequestParam(required = false) String summary,
			@RequestParam(required = false) String links, Locale locale, RedirectAttributes redirect) {
		return change(viewer, n, redirect, locale, Map.of("outcomeSummary", text(summary), "outcomeLinks", text(links)),
				(hub, r) -> work.reportOutcome(r, summary, lines(links), viewer.id()));
	}

	@PostMapping("/split")
	String split(HubViewer viewer, @PathVariable int n, @RequestParam(required = false) String parts,
			Locale locale, RedirectAttributes redirect) {
		return change(viewer, n, redirect, locale, Map.of("parts", text(parts)),
				(hub, r) -> work.split(hub, r, lines(parts), viewer.id()));
	}

	/** The version the form was loaded with; one that cannot be read matches no request, so it is a conflict. */
	private static long expected(String version) {
		try {
			return version == null ? -1 : Long.parseLong(version.strip());
		}
		catch (NumberFormatException ex) {
			return -1;
		}
	}

	private interface Change {
		void apply(Hub hub, HelpRequest request);
	}

	private String change(HubViewer viewer, int n, RedirectAttributes redirect, Locale locale,
			Map<String, String> typed, Change change) {
		HelpRequest request = access.workable(viewer, n);
		try {
			change.apply(viewer.hub(), request);
			redirect.addFlashAttribute("saved", "request.work.saved");
		}
		catch (StaleRequestException ex) {
			redirect.addFlashAttribute("workError", messages.getMessage("request.conflict", null, locale));
			redirect.addFlashAttribute("workInput", new HashMap<>(typed));
		}
		catch (Refusal ex) {
			redirect.addFlashAttribute("workError",
					messages.getMessage(ex.getMessageKey(), ex.getArguments(), locale));
			redirect.addFlashAttribute("workField", ex.getField());
			redirect.addFlashAttribute("workInput", new HashMap<>(typed));
		}
		return "redirect:/hubs/" + viewer.hub().getSlug() + "/requests/" + n + "#work";
	}

	private static BigDecimal hours(String value, String field) {
		if (value == null || value.isBlank()) {
			return null;
		}
		try {
			return new BigDecimal(value.strip().replace(',', '.'));
		}
		catch (NumberFormatException ex) {
			throw new Refusal(field, "request.error.hours");
		}
	}

	private static String text(String value) {
		return value == null ? "" : value;
	}

	private static List<String> lines(String text) {
		return text == null ? List.of() : Arrays.stream(text.split("\\R")).toList();
	}
}
