package org.hubdesk.committee.internal.api;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.hubdesk.committee.internal.Criterion;
import org.hubdesk.committee.internal.Decision;
import org.hubdesk.committee.internal.Decisions;
import org.hubdesk.committee.internal.Rubric;
import org.hubdesk.committee.internal.Rubrics;
import org.hubdesk.committee.internal.Settings;
import org.hubdesk.committee.internal.api.CommitteeJson.CriterionJson;
import org.hubdesk.committee.internal.api.CommitteeJson.LoggedDecisionJson;
import org.hubdesk.committee.internal.api.CommitteeJson.RubricJson;
import org.hubdesk.directory.Directory;
import org.hubdesk.hub.Hub;
import org.hubdesk.request.HelpRequest;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * What the committee shows everyone, signed in or not: its rubric now, with the ranking formula's λ,
 * and the public log of its decisions on the requests whose requesters agreed to publish them.
 */
@RestController
@RequestMapping("/api/v1/hubs/{slug}/committee")
@Tag(name = "Committee", description = "The expert committee: rubric, meetings, reviews and decisions")
class PublicCommitteeApiController {

	private final Rubrics rubrics;
	private final Settings settings;
	private final Decisions decisions;
	private final Directory directory;

	PublicCommitteeApiController(Rubrics rubrics, Settings settings, Decisions decisions, Directory directory) {
		this.rubrics = rubrics;
		this.settings = settings;
		this.decisions = decisions;
		this.directory = directory;
	}

	@GetMapping("/rubric")
	@Operation(operationId = "getCommitteeRubric",
			summary = "The committee's rubric now: principles, criteria with scales and weights, and λ (public)")
	RubricJson rubric(Hub hub) {
		Rubric rubric = rubrics.current(hub);
		Map<String, String> principles = new HashMap<>();
		Map<String, String> weights = new HashMap<>();
		rubric.getWords().forEach((language, words) -> {
			principles.put(language, words.principles());
			weights.put(language, words.weights());
		});
		List<CriterionJson> criteria = rubric.getCriteria().stream().map(PublicCommitteeApiController::criterion)
			.toList();
		return new RubricJson(rubric.getNumber(), rubric.getCreatedAt(), principles, weights, criteria,
				settings.of(hub).getEquityWeight());
	}

	@GetMapping("/decisions")
	@Operation(operationId = "listCommitteeDecisions",
			summary = "The public decision log: the latest decisions (of the last 200) on the requests whose requesters agreed to publish them, the latest first (public)")
	List<LoggedDecisionJson> decisions(Hub hub) {
		List<Decisions.Published> published = decisions.published(hub);
		Map<Long, String> affiliates = directory.affiliateNames(published.stream().map(p -> p.request().getAffiliateId())
			.filter(Objects::nonNull).distinct().toList());
		Map<Long, Integer> versions = new HashMap<>();
		return published.stream().map(p -> {
			HelpRequest request = p.request();
			Decision d = p.decision();
			int version = versions.computeIfAbsent(d.getRubricId(),
					id -> rubrics.version(id).map(Rubric::getNumber).orElse(0));
			return new LoggedDecisionJson(request.reference(hub.getNumberPrefix()), request.getTitle(),
					request.getAffiliateId() == null ? null : affiliates.get(request.getAffiliateId()), d.getOutcome(),
					d.getPublicSummary(), d.getDecidedAt(), version);
		}).toList();
	}

	private static CriterionJson criterion(Criterion criterion) {
		Map<String, String> names = new HashMap<>();
		Map<String, String> descriptions = new HashMap<>();
		criterion.getWords().forEach((language, words) -> {
			names.put(language, words.name());
			descriptions.put(language, words.description());
		});
		return new CriterionJson(criterion.getId(), criterion.getCode(), criterion.getScale(),
				criterion.getScale().lowest(), criterion.getScale().highest(), criterion.getWeight(), names,
				descriptions);
	}
}
