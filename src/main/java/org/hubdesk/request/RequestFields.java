package org.hubdesk.request;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/** Which fields of a request's details differ, by name, for the audit trail. */
final class RequestFields {

	private static final List<Field> FIELDS = List.of(
			new Field("title", RequestDetails::title),
			new Field("affiliate", d -> d.affiliateId() + "|" + d.affiliateOther()),
			new Field("partner", d -> d.partnerName() + "|" + d.partnerQid()),
			new Field("contentTypes", RequestDetails::contentTypes),
			new Field("estimatedVolume", RequestDetails::estimatedVolume),
			new Field("rightsStatus", RequestDetails::rightsStatus),
			new Field("platforms", RequestDetails::platforms),
			new Field("usefulnessPlan", RequestDetails::usefulnessPlan),
			new Field("thematicGroup", RequestDetails::thematicGroupId),
			new Field("language", RequestDetails::language),
			new Field("desiredTimeline", RequestDetails::desiredTimeline),
			new Field("description", RequestDetails::description),
			new Field("consentToPublish", RequestDetails::consentToPublish),
			new Field("needs", RequestDetails::needIds));

	private record Field(String name, Function<RequestDetails, Object> value) {
	}

	private RequestFields() {
	}

	static List<String> changed(RequestDetails before, RequestDetails after) {
		List<String> changed = new ArrayList<>();
		for (Field field : FIELDS) {
			if (!Objects.equals(field.value().apply(before), field.value().apply(after))) {
				changed.add(field.name());
			}
		}
		return changed;
	}
}
