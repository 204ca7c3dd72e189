package org.hubdesk.committee.internal.web;

import java.math.BigDecimal;

import org.hubdesk.committee.internal.CommitteeSettings;
import org.hubdesk.committee.internal.Settings;
import org.hubdesk.hub.Hub;
import org.hubdesk.hub.HubRole;
import org.hubdesk.hub.HubViewer;
import org.hubdesk.shared.Refusal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The hub's admins set how its committee works: whether the decisions after review are the
 * committee's alone, whether the chair sees the scores once a meeting has started, the quorum, the
 * equity term's weight λ and the staff hours a quarter that draw the ranking's capacity line.
 */
@Controller
class SettingsController {

	static final String PAGE = "/hubs/{slug}/committee/settings";

	private final Settings settings;

	SettingsController(Settings settings) {
		this.settings = settings;
	}

	@GetMapping(PAGE)
	String show(HubViewer viewer, Model model) {
		requireAdmin(viewer);
		model.addAttribute("settingsForm", SettingsForm.of(settings.of(viewer.hub()), settings.revision(viewer.hub())));
		model.addAttribute("hub", viewer.hub());
		return "committee/settings";
	}

	@PostMapping(PAGE)
	String change(HubViewer viewer, @ModelAttribute("settingsForm") SettingsForm form, BindingResult errors,
			Model model, RedirectAttributes redirect) {
		requireAdmin(viewer);
		Hub hub = viewer.hub();
		Integer quorum = whole(form.getQuorumPercent(), "quorumPercent", "committee.settings.error.quorum", errors);
		BigDecimal lambda = decimal(form.getEquityWeight(), errors);
		Integer hours = whole(form.getStaffHoursPerQuarter(), "staffHoursPerQuarter", "committee.settings.error.hours",
				errors);
		if (!errors.hasErrors()) {
			try {
				settings.change(hub, form.getVersion(), form.isDecides(), form.isChairSeesScoresAtStart(), quorum, lambda,
						hours);
				redirect.addFlashAttribute("saved", "committee.settings.saved");
				return "redirect:/hubs/" + hub.getSlug() + "/committee/settings";
			}
			catch (Refusal refused) {
				if (refused.getField() != null) {
					errors.rejectValue(refused.getField(), refused.getMessageKey(), refused.getArguments(), null);
				}
				else {
					errors.reject(refused.getMessageKey(), refused.getArguments(), null);
					form.setVersion(settings.revision(hub));
				}
			}
		}
		model.addAttribute("hub", hub);
		return "committee/settings";
	}

	private static void requireAdmin(HubViewer viewer) {
		if (!viewer.has(HubRole.ADMIN)) {
			throw Refusal.forbidden();
		}
	}

	private static Integer whole(String typed, String field, String message, BindingResult errors) {
		try {
			return Integer.valueOf(typed == null ? "" : typed.strip());
		}
		catch (NumberFormatException ex) {
			errors.rejectValue(field, message, new Object[] { CommitteeSettings.STAFF_HOURS_MAX }, null);
			return null;
		}
	}

	private static BigDecimal decimal(String typed, BindingResult errors) {
		try {
			return new BigDecimal(typed == null ? "" : typed.strip().replace(',', '.'));
		}
		catch (NumberFormatException ex) {
			errors.rejectValue("equityWeight", "committee.settings.error.equity");
			return null;
		}
	}

	/** The settings as the form holds them: numbers as typed, so that a wrong one comes back as it was. */
	public static class SettingsForm {

		private boolean decides;
		private boolean chairSeesScoresAtStart;
		private String quorumPercent;
		private String equityWeight;
		private String staffHoursPerQuarter;
		private Long version;

		static SettingsForm of(CommitteeSettings settings, long revision) {
			SettingsForm form = new SettingsForm();
			form.decides = settings.isDecides();
			form.chairSeesScoresAtStart = settings.isChairSeesScoresAtStart();
			form.quorumPercent = String.valueOf(settings.getQuorumPercent());
			form.equityWeight = settings.getEquityWeight().toPlainString();
			form.staffHoursPerQuarter = String.valueOf(settings.getStaffHoursPerQuarter());
			form.version = revision;
			return form;
		}

		public boolean isDecides() {
			return decides;
		}

		public void setDecides(boolean decides) {
			this.decides = decides;
		}

		public boolean isChairSeesScoresAtStart() {
			return chairSeesScoresAtStart;
		}

		public void setChairSeesScoresAtStart(boolean chairSeesScoresAtStart) {
			this.chairSeesScoresAtStart = chairSeesScoresAtStart;
		}

		public String getQuorumPercent() {
			return quorumPercent;
		}

		public void setQuorumPercent(String quorumPercent) {
			this.quorumPercent = quorumPercent;
		}

		public String getEquityWeight() {
			return equityWeight;
		}

		public void setEquityWeight(String equityWeight) {
			this.equityWeight = equityWeight;
		}

		public String getStaffHoursPerQuarter() {
			return staffHoursPerQuarter;
		}

		public void setStaffHoursPerQuarter(String staffHoursPerQuarter) {
			this.staffHoursPerQuarter = staffHoursPerQuarter;
		}

		public Long getVersion() {
			return version;
		}

		public void setVersion(Long version) {
			this.version = version;
		}
	}
}
