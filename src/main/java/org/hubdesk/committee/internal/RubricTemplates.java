package org.hubdesk.committee.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

import tools.jackson.databind.json.JsonMapper;

/**
 * The rubrics that ship with Hubdesk for each hub template ({@code classpath:committee-templates/*.json}):
 * a hub's committee starts from its template's rubric and changes it from there.
 */
@Component
class RubricTemplates {

	/** A rubric as shipped: the principles and weights' explanation, and the criteria, by language. */
	record Template(String template, Map<String, String> principles, Map<String, String> weights,
			List<CriterionTemplate> criteria) {
	}

	record CriterionTemplate(String code, Scale scale, int weight, Map<String, String> names,
			Map<String, String> descriptions) {
	}

	private final List<Template> templates;

	RubricTemplates(JsonMapper json) throws IOException {
		Resource[] resources = new PathMatchingResourcePatternResolver()
			.getResources("classpath*:committee-templates/*.json");
		this.templates = Arrays.stream(resources).map(r -> read(json, r)).toList();
	}

	/** The rubric of the hub template, else the first that ships. */
	Template forHubTemplate(String hubTemplate) {
		Optional<Template> own = templates.stream().filter(t -> t.template().equals(hubTemplate)).findFirst();
		return own.orElseGet(() -> templates.get(0));
	}

	private static Template read(JsonMapper json, Resource resource) {
		try (InputStream in = resource.getInputStream()) {
			return json.readValue(in, Template.class);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Unreadable rubric template " + resource, ex);
		}
	}
}
