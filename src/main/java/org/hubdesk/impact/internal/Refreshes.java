package org.hubdesk.impact.internal;

import java.time.Clock;
import java.time.Duration;
import java.util.List;

import com.github.kagkarlsson.scheduler.SchedulerClient;
import com.github.kagkarlsson.scheduler.task.helper.OneTimeTask;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Asks for targets' refreshes: each runs in the background as a db-scheduler task whose instance is
 * the target's id, so two refreshes of one target never run at once, on one node or several (a
 * refresh asked while one is scheduled or running joins it). Targets are refreshed on demand and,
 * when their last refresh is older than {@code hubdesk.impact.schedule.refresh-every} (7 days by default),
 * by the schedule.
 */
@Service
public class Refreshes {

	private static final Logger log = LoggerFactory.getLogger(Refreshes.class);

	private final ImpactTargets targets;
	private final ObjectProvider<SchedulerClient> scheduler;
	private final OneTimeTask<Void> task;
	private final ImpactProperties properties;
	private final Clock clock;

	Refreshes(ImpactTargets targets, ObjectProvider<SchedulerClient> scheduler, OneTimeTask<Void> impactRefresh,
			ImpactProperties properties, Clock clock) {
		this.targets = targets;
		this.scheduler = scheduler;
		this.task = impactRefresh;
		this.properties = properties;
		this.clock = clock;
	}

	/** Asks for a refresh of the target: it shows as refreshing at once and runs once the change is in. */
	@Transactional
	public void ask(ImpactTarget target) {
		// read again in this transaction: a reading that ended meanwhile changed the target
		targets.findById(target.getId()).ifPresent(this::asked);
	}

	private void asked(ImpactTarget target) {
		if (scheduler.getIfAvailable() == null) {
			log.warn("No scheduler runs here (db-scheduler.enabled=false): target {} is not read", target.getId());
			return;
		}
		target.refreshAsked(clock.instant());
		long id = target.getId();
		if (TransactionSynchronizationManager.isSynchronizationActive()) {
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCommit() {
					schedule(id);
				}
			});
		}
		else {
			schedule(id);
		}
	}

	/** Asks for a refresh of each of the targets. */
	@Transactional
	public void askAll(List<ImpactTarget> all) {
		all.forEach(this::ask);
	}

	/** Asks for the refreshes that are due; how many. */
	@Transactional
	public int askDue() {
		Duration every = properties.refreshEvery();
		List<Long> due = targets.dueBefore(clock.instant().minus(every));
		due.forEach(id -> targets.findById(id).ifPresent(this::asked));
		return due.size();
	}

	private void schedule(long targetId) {
		scheduler.getObject().scheduleIfNotExists(task.instance(String.valueOf(targetId)), clock.instant());
	}
}
