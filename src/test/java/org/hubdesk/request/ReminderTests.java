package org.hubdesk.request;

import java.time.Duration;
import java.time.Instant;
import java.util.Set;

import com.github.kagkarlsson.scheduler.Scheduler;
import org.hubdesk.DemoTest;
import org.hubdesk.SignedIn;
import org.hubdesk.hub.Hub;
import org.hubdesk.hub.Hubs;
import org.hubdesk.identity.People;
import org.hubdesk.identity.Person;
import org.hubdesk.notification.Notifications;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

@DemoTest
class ReminderTests {

	@Autowired
	Requests requests;

	@Autowired
	Reminders reminders;

	@Autowired
	Notifications notifications;

	@Autowired
	Hubs hubs;

	@Autowired
	People people;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	Scheduler scheduler;

	@Test
	void aRequesterWhoseAnswerIsOverdueIsRemindedOnce() {
		Hub hub = hubs.bySlug("content-partnerships").orElseThrow();
		Person requester = SignedIn.newPerson(people, "slow");
		Person staff = people.byUsername("staff").orElseThrow();
		RequestDetails details = new RequestDetails("Waiting", null, null, null, null, null, null, null, Set.of(),
				"Wikidata items of the archive's fonds", null, "en", null, null, false,
				Set.of(hubs.codebook(hub).get(1).need().getId()));
		HelpRequest draft = requests.startDraft(hub, requester.getId(), requester.getId(), details, Set.of());
		HelpRequest request = requests.submit(hub, draft, draft.getVersion(), requester.getId());
		requests.transition(request, request.getVersion(), RequestState.WAITING_FOR_REQUESTER, staff.getId(),
				"Which licence?", null, null);

		reminders.sendDue();
		assertThat(requests.timeline(request, false)).noneMatch(e -> e.getKind() == TimelineEntry.Kind.REMINDER);

		jdbc.update("update help_request set waiting_since = ? where id = ?",
				java.sql.Timestamp.from(Instant.now().minus(Duration.ofDays(8))), request.getId());
		reminders.sendDue();
		reminders.sendDue();
		assertThat(requests.timeline(request, false)).filteredOn(e -> e.getKind() == TimelineEntry.Kind.REMINDER)
			.hasSize(1);
		await().atMost(Duration.ofSeconds(10)).until(() -> notifications.latest(requester.getId(), 20).stream()
			.anyMatch(n -> "request.reminder".equals(n.getKind())));
	}

	@Test
	void theReminderJobIsScheduled() {
		assertThat(scheduler.getScheduledExecutions().stream().map(e -> e.getTaskInstance().getTaskName()))
			.contains("request-reminders");
	}
}
