package org.hubdesk.impact.internal;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How often targets are refreshed ({@code hubdesk.impact.schedule.refresh-every}, 7 days by default) and how
 * often the schedule looks for those that are due ({@code hubdesk.impact.schedule.refresh-check}, an hour).
 */
@ConfigurationProperties("hubdesk.impact.schedule")
public record ImpactProperties(@DefaultValue("7d") Duration refreshEvery, @DefaultValue("1h") Duration refreshCheck) {

	public ImpactProperties {
		if (refreshEvery.isNegative() || refreshEvery.isZero() || refreshCheck.isNegative() || refreshCheck.isZero()) {
			throw new IllegalArgumentException("hubdesk.impact.schedule durations must be positive");
		}
	}
}
