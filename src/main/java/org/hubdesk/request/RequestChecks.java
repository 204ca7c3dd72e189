package org.hubdesk.request;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.hubdesk.directory.Directory;
import org.hubdesk.hub.Hub;
import org.hubdesk.hub.Hubs;
import org.hubdesk.hub.NeedNode;
import org.hubdesk.shared.Refusal;
import org.hubdesk.shared.Texts;
import org.springframework.stereotype.Component;

/**
 * What the request form and the API both check of a request's details before they are kept, in one
 * place: every text readable ({@link Texts}) and within its length, and every choice one the hub
 * offers: an affiliate and a thematic group of the directory, one of the hub's languages, kinds of
 * help from the hub's codebook. The form shows all the faults at once beside their fields; the
 * services refuse the first ({@link #require}), so the API answers 400 naming the field.
 * <p>
 * A choice is checked only when it changes: a request whose affiliate has since left the directory
 * can still be edited.
 */
@Component
public class RequestChecks {

	/** The text fields of the details, with the longest each may be (as their columns hold them). */
	private static final Map<String, Integer> LENGTHS = new LinkedHashMap<>();

	private static final Map<String, Function<RequestDetails, String>> TEXTS = new LinkedHashMap<>();

	static {
		text("title", 300, RequestDetails::title);
		text("affiliateOther", 300, RequestDetails::affiliateOther);
		text("partnerName", 300, RequestDetails::partnerName);
		text("partnerQid", 20, RequestDetails::partnerQid);
		text("contentTypes", 1000, RequestDetails::contentTypes);
		text("estimatedVolume", 300, RequestDetails::estimatedVolume);
		text("usefulnessPlan", 10000, RequestDetails::usefulnessPlan);
		text("language", 20, RequestDetails::language);
		text("desiredTimeline", 300, RequestDetails::desiredTimeline);
		text("description", 20000, RequestDetails::description);
	}

	private final Hubs hubs;
	private final Directory directory;

	RequestChecks(Hubs hubs, Directory directory) {
		this.hubs = hubs;
		this.directory = directory;
	}

	private static void text(String field, int length, Function<RequestDetails, String> value) {
		LENGTHS.put(field, length);
		TEXTS.put(field, value);
	}

	/**
	 * Every fault of the details, each a refusal naming its field, in the order of the form.
	 * @param before the details as they were, or null for a new request: a choice left as it was is
	 *        not checked again
	 */
	public List<Refusal> faults(Hub hub, RequestDetails details, RequestDetails before) {
		List<Refusal> faults = new ArrayList<>();
		TEXTS.forEach((field, value) -> {
			String text = value.apply(details);
			if (!Texts.readable(text)) {
				faults.add(new Refusal(field, Texts.UNREADABLE));
			}
			else if (text != null && text.length() > LENGTHS.get(field)) {
				faults.add(new Refusal(field, "validation.too-long"));
			}
		});
		Long affiliate = details.affiliateId();
		if (affiliate != null && changed(before, affiliate, RequestDetails::affiliateId)
				&& directory.affiliate(affiliate).isEmpty()) {
			faults.add(new Refusal("affiliateId", "request.error.choose"));
		}
		Long group = details.thematicGroupId();
		if (group != null && changed(before, group, RequestDetails::thematicGroupId)
				&& directory.thematicGroups().stream().noneMatch(g -> g.getId().equals(group))) {
			faults.add(new Refusal("thematicGroupId", "request.error.choose"));
		}
		String language = details.language();
		if (language != null && !language.isBlank() && changed(before, language, RequestDetails::language)
				&& !hub.getLanguages().contains(language)) {
			faults.add(new Refusal("language", "validation.language"));
		}
		Set<Long> needs = details.needIds();
		if (!needs.isEmpty() && changed(before, needs, RequestDetails::needIds)) {
			Set<Long> known = NeedNode.flatten(hubs.codebook(hub)).stream().map(node -> node.need().getId())
				.collect(Collectors.toSet());
			Set<Long> added = before == null ? needs
					: needs.stream().filter(id -> !before.needIds().contains(id)).collect(Collectors.toSet());
			if (!known.containsAll(added)) {
				faults.add(new Refusal("needIds", "request.error.choose"));
			}
		}
		return faults;
	}

	/** Refuses details with a fault, naming the field of the first. @throws Refusal (400) */
	public void require(Hub hub, RequestDetails details, RequestDetails before) {
		List<Refusal> faults = faults(hub, details, before);
		if (!faults.isEmpty()) {
			throw faults.get(0);
		}
	}

	private static <T> boolean changed(RequestDetails before, T value, Function<RequestDetails, T> old) {
		return before == null || !Objects.equals(value, old.apply(before));
	}
}
