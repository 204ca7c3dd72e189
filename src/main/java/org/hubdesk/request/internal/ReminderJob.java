package org.hubdesk.request.internal;

import java.time.Duration;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.FixedDelay;
import org.hubdesk.request.Reminders;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Looks for due reminders every quarter of an hour, on one node of a cluster at a time. */
@Configuration
class ReminderJob {

	@Bean
	RecurringTask<Void> requestReminders(Reminders reminders) {
		return Tasks.recurring("request-reminders", FixedDelay.of(Duration.ofMinutes(15)))
			.execute((instance, context) -> reminders.sendDue());
	}
}
