package org.hubdesk.request.internal;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

import org.hubdesk.request.Platform;

/** Stores a set of platforms as a comma-separated column. */
@Converter
public class PlatformsConverter implements AttributeConverter<Set<Platform>, String> {

	@Override
	public String convertToDatabaseColumn(Set<Platform> platforms) {
		return platforms == null || platforms.isEmpty() ? null
				: platforms.stream().filter(Objects::nonNull).map(Enum::name).sorted().collect(Collectors.joining(","));
	}

	@Override
	public Set<Platform> convertToEntityAttribute(String column) {
		Set<Platform> platforms = EnumSet.noneOf(Platform.class);
		if (column != null && !column.isBlank()) {
			Arrays.stream(column.split(",")).map(String::strip).map(Platform::valueOf).forEach(platforms::add);
		}
		return platforms;
	}
}
