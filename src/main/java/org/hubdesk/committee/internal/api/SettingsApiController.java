package org.hubdesk.committee.internal.api;

import java.math.BigDecimal;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import org.hubdesk.committee.internal.CommitteeSettings;
import org.hubdesk.committee.internal.Settings;
import org.hubdesk.hub.HubRole;
import org.hubdesk.hub.HubViewer;
import org.hubdesk.shared.Refusal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** How the hub's committee works, read and set by the hub's admins, as on the settings page. */
@RestController
@RequestMapping("/api/v1/hubs/{slug}/committee/settings")
@Tag(name = "Committee")
class SettingsApiController {

	/** The settings. */
	record SettingsJson(@Schema(description = "whether the decisions after review are the committee's alone") boolean decides,
			@Schema(description = "whether the chair sees every score once a meeting has started") boolean chairSeesScoresAtStart,
			@Schema(description = "the share, 0–99, of the members without a conflict that must have scored for a decision") int quorumPercent,
			@Schema(description = "λ, from 0 to 1 with at most two decimals") BigDecimal equityWeight,
			@Schema(description = "the staff hours a quarter that draw the ranking's capacity line") int staffHoursPerQuarter,
			@Schema(description = "the settings' revision, to send back when changing them") long version) {
	}

	/** New settings, with the version they were read at. */
	record SettingsInput(@NotNull Long version, @NotNull Boolean decides, @NotNull Boolean chairSeesScoresAtStart,
			@NotNull Integer quorumPercent, @NotNull BigDecimal equityWeight, @NotNull Integer staffHoursPerQuarter) {
	}

	private final Settings settings;

	SettingsApiController(Settings settings) {
		this.settings = settings;
	}

	@GetMapping
	@Operation(operationId = "getCommitteeSettings", summary = "How the hub's committee works (the hub's admins)")
	SettingsJson get(HubViewer viewer) {
		requireAdmin(viewer);
		return json(settings.of(viewer.hub()), settings.revision(viewer.hub()));
	}

	@PutMapping
	@Operation(operationId = "changeCommitteeSettings",
			summary = "Changes how the hub's committee works (the hub's admins); 409 when they changed since the version sent")
	SettingsJson change(HubViewer viewer, @Valid @RequestBody SettingsInput in) {
		requireAdmin(viewer);
		CommitteeSettings changed = settings.change(viewer.hub(), in.version(), in.decides(), in.chairSeesScoresAtStart(),
				in.quorumPercent(), in.equityWeight(), in.staffHoursPerQuarter());
		return json(changed, changed.getVersion() + 1);
	}

	private static void requireAdmin(HubViewer viewer) {
		if (!viewer.has(HubRole.ADMIN)) {
			throw Refusal.forbidden();
		}
	}

	private static SettingsJson json(CommitteeSettings s, long revision) {
		return new SettingsJson(s.isDecides(), s.isChairSeesScoresAtStart(), s.getQuorumPercent(), s.getEquityWeight(),
				s.getStaffHoursPerQuarter(), revision);
	}
}
