package org.hubdesk.committee.internal.web;

import java.time.Instant;

import org.hubdesk.committee.internal.Agenda;
import org.hubdesk.committee.internal.Meeting;
import org.hubdesk.committee.internal.Seats;
import org.hubdesk.committee.internal.web.CommitteeForms.MeetingForm;
import org.hubdesk.hub.HubViewer;
import org.hubdesk.identity.People;
import org.hubdesk.request.HelpRequest;
import org.hubdesk.request.Requests;
import org.hubdesk.shared.Refusal;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The chair schedules meetings, in their own time zone, and puts requests in triage on an agenda. */
@Controller
class MeetingController {

	private final Agenda agenda;
	private final Requests requests;
	private final People people;
	private final CommitteeController page;
	private final String defaultZone;

	MeetingController(Agenda agenda, Requests requests, People people, CommitteeController page,
			@Value("${hubdesk.web.default-time-zone:UTC}") String defaultZone) {
		this.agenda = agenda;
		this.requests = requests;
		this.people = people;
		this.page = page;
		this.defaultZone = defaultZone;
	}

	@PostMapping("/hubs/{slug}/committee/meetings")
	String schedule(HubViewer viewer, @ModelAttribute("meetingForm") MeetingForm form, BindingResult errors,
			Model model, java.util.Locale locale, RedirectAttributes redirect) {
		Seats.requireChair(viewer);
		if (form.getDay() == null && !errors.hasFieldErrors("day")) {
			errors.rejectValue("day", "validation.required");
		}
		if (!errors.hasErrors()) {
			Instant start = form.getDay().atTime(form.getTime() == null ? java.time.LocalTime.NOON : form.getTime())
				.atZone(CommitteeController.zone(people, viewer.id(), defaultZone)).toInstant();
			try {
				agenda.schedule(viewer.hub(), start, form.getMinutes() == null ? 0 : form.getMinutes(),
						form.getVideoLink());
				redirect.addFlashAttribute("saved", "committee.meeting.scheduled");
				return "redirect:/hubs/" + viewer.hub().getSlug() + "/committee";
			}
			catch (Refusal refused) {
				errors.rejectValue(refused.getField(), refused.getMessageKey(), refused.getArguments(), null);
			}
		}
		return page.committee(viewer, model, locale);
	}

	@PostMapping("/hubs/{slug}/committee/meetings/{id}/agenda")
	String place(HubViewer viewer, @PathVariable long id, @RequestParam(required = false) Integer number,
			RedirectAttributes redirect) {
		Seats.requireChair(viewer);
		Meeting meeting = agenda.meeting(viewer.hub(), id);
		HelpRequest request = number == null ? null : requests.byNumber(viewer.hub(), number).orElse(null);
		String slug = viewer.hub().getSlug();
		if (request == null) {
			redirect.addFlashAttribute("failed", "committee.agenda.error.unknown");
			return "redirect:/hubs/" + slug + "/committee";
		}
		try {
			agenda.place(viewer.hub(), meeting, request, request.getVersion(), viewer.id());
			redirect.addFlashAttribute("saved", "committee.agenda.placed");
		}
		catch (Refusal refused) {
			redirect.addFlashAttribute("failed", refused.getMessageKey());
		}
		return "redirect:/hubs/" + slug + "/committee";
	}
}
