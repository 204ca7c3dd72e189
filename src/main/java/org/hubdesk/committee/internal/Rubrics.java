package org.hubdesk.committee.internal;

import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.hubdesk.committee.internal.RubricEdit.CriterionEdit;
import org.hubdesk.committee.internal.RubricTemplates.CriterionTemplate;
import org.hubdesk.committee.internal.RubricTemplates.Template;
import org.hubdesk.hub.Hub;
import org.hubdesk.shared.Refusal;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * A hub's rubric in its versions: the first made from the hub template's rubric, each edit by the
 * chair the next version. Versions are never changed, so a decision always shows what it was made under.
 */
@Service
@Transactional(readOnly = true)
public class Rubrics {

	private final RubricRepository rubrics;
	private final RubricTemplates templates;
	private final Clock clock;

	Rubrics(RubricRepository rubrics, RubricTemplates templates, Clock clock) {
		this.rubrics = rubrics;
		this.templates = templates;
		this.clock = clock;
	}

	/** The hub's rubric now: its latest version, the template's when the committee has made none. */
	@Transactional(propagation = Propagation.REQUIRES_NEW)
	public Rubric current(Hub hub) {
		Optional<Rubric> latest = rubrics.findFirstByHubIdOrderByNumberDesc(hub.getId());
		if (latest.isPresent()) {
			return latest.get();
		}
		try {
			return rubrics.saveAndFlush(fromTemplate(hub));
		}
		catch (DataIntegrityViolationException raced) {
			// another page made the first version at the same moment: that one is the hub's
			return rubrics.findFirstByHubIdOrderByNumberDesc(hub.getId()).orElseThrow();
		}
	}

	public Optional<Rubric> version(long rubricId) {
		return rubrics.findById(rubricId);
	}

	/** Every version of the hub's rubric, the latest first. */
	public List<Rubric> history(Hub hub) {
		return rubrics.findByHubIdOrderByNumberDesc(hub.getId());
	}

	/**
	 * Makes the next version of the hub's rubric from the chair's edit.
	 * @throws Refusal naming the first field at fault ({@link RubricEdit#faults})
	 */
	@Transactional
	public Rubric revise(Hub hub, long chairId, RubricEdit edit) {
		List<Refusal> faults = edit.faults(hub.getLanguages());
		if (!faults.isEmpty()) {
			throw faults.get(0);
		}
		int number = rubrics.findFirstByHubIdOrderByNumberDesc(hub.getId()).map(Rubric::getNumber).orElse(0) + 1;
		Rubric next = new Rubric(hub.getId(), number, clock.instant(), chairId, edit.words());
		int fresh = 0;
		for (CriterionEdit criterion : edit.criteria()) {
			String code = criterion.code();
			while (code == null || code.isBlank() || codeTaken(edit, code, criterion)) {
				code = "criterion-" + (++fresh);
			}
			next.add(code, criterion.scale(), criterion.weight(), criterion.words());
		}
		return rubrics.saveAndFlush(next);
	}

	private static boolean codeTaken(RubricEdit edit, String code, CriterionEdit own) {
		return edit.criteria().stream().anyMatch(c -> c != own && code.equals(c.code()));
	}

	private Rubric fromTemplate(Hub hub) {
		Template template = templates.forHubTemplate(hub.getTemplate());
		Map<String, Rubric.Words> words = new HashMap<>();
		for (String language : template.principles().keySet()) {
			words.put(language, new Rubric.Words(template.principles().get(language),
					template.weights().getOrDefault(language, "")));
		}
		Rubric first = new Rubric(hub.getId(), 1, clock.instant(), null, words);
		for (CriterionTemplate criterion : template.criteria()) {
			Map<String, Criterion.Words> texts = new HashMap<>();
			criterion.names().forEach((language, name) -> texts.put(language,
					new Criterion.Words(name, criterion.descriptions().getOrDefault(language, ""))));
			first.add(criterion.code(), criterion.scale(), criterion.weight(), texts);
		}
		return first;
	}
}
