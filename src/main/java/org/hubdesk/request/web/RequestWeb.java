package org.hubdesk.request.web;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.hubdesk.hub.Hub;
import org.hubdesk.hub.Hubs;
import org.hubdesk.hub.NeedNode;
import org.hubdesk.identity.People;
import org.hubdesk.identity.Person;
import org.hubdesk.shared.Refusal;
import org.springframework.stereotype.Component;
import org.springframework.validation.Errors;

/** What the request pages share: people's names, the codebook's labels and refusals shown on forms. */
@Component
public class RequestWeb {

	private final Hubs hubs;
	private final People people;

	RequestWeb(Hubs hubs, People people) {
		this.hubs = hubs;
		this.people = people;
	}

	/** People's names by id, for the ids given. */
	public Map<Long, String> names(Set<Long> ids) {
		return people.names(ids);
	}

	/** Usernames, comma-separated, of the people given. */
	String usernames(Set<Long> ids) {
		return people.byIds(ids).stream().map(Person::getUsername).sorted().collect(Collectors.joining(", "));
	}

	/** The labels of the hub's codebook, by need id, in the viewer's language. */
	Map<Long, String> needLabels(Hub hub, Locale locale) {
		Map<Long, String> labels = new LinkedHashMap<>();
		NeedNode.flatten(hubs.codebook(hub))
			.forEach(node -> labels.put(node.need().getId(), node.need().label(locale, hub.getDefaultLanguage())));
		return labels;
	}

	/**
	 * Shows a refusal of the domain next to the form field it names ({@code fields} maps the domain's
	 * field names to the form's), or above the form when it names none of them.
	 */
	static void reject(Errors errors, Refusal ex, Map<String, String> fields) {
		String key = "validation.unknown-user".equals(ex.getMessageKey()) ? "request.error.unknown-user"
				: ex.getMessageKey();
		String field = ex.getField() == null ? null : fields.get(ex.getField());
		if (field == null) {
			errors.reject(key, ex.getArguments(), null);
		}
		else {
			errors.rejectValue(field, key, ex.getArguments(), null);
		}
	}
}
