package org.hubdesk.hub.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Optional;

import org.hubdesk.hub.HubTemplate;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

import tools.jackson.databind.json.JsonMapper;

/** The hub templates that ship with Hubdesk ({@code classpath:hub-templates/*.json}). */
@Component
public class HubTemplates {

	private final List<HubTemplate> templates;

	HubTemplates(JsonMapper json) throws IOException {
		Resource[] resources = new PathMatchingResourcePatternResolver().getResources("classpath*:hub-templates/*.json");
		this.templates = java.util.Arrays.stream(resources).map(r -> read(json, r)).toList();
	}

	public List<HubTemplate> all() {
		return templates;
	}

	public Optional<HubTemplate> byId(String id) {
		return templates.stream().filter(t -> t.id().equals(id)).findFirst();
	}

	private static HubTemplate read(JsonMapper json, Resource resource) {
		try (InputStream in = resource.getInputStream()) {
			return json.readValue(in, HubTemplate.class);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Unreadable hub template " + resource, ex);
		}
	}
}
