package org.hubdesk.impact.internal;

import com.github.kagkarlsson.scheduler.task.helper.OneTimeTask;
import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.FixedDelay;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The background work of usefulness on the platforms, on db-scheduler (cluster-safe on the
 * database): one task refreshes a target (its instance is the target's id), another looks for the
 * targets whose refresh is due.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(ImpactProperties.class)
class RefreshJobs {

	@Bean
	OneTimeTask<Void> impactRefresh(ObjectProvider<Measuring> measuring) {
		return Tasks.oneTime("impact-refresh")
			.execute((instance, context) -> measuring.getObject().measure(Long.parseLong(instance.getId())));
	}

	@Bean
	RecurringTask<Void> impactRefreshDue(ObjectProvider<Refreshes> refreshes, ImpactProperties properties) {
		return Tasks.recurring("impact-refresh-due", FixedDelay.of(properties.refreshCheck()))
			.execute((instance, context) -> refreshes.getObject().askDue());
	}
}
