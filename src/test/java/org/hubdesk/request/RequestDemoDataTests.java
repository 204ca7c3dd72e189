package org.hubdesk.request;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

import org.hubdesk.DemoTest;
import org.hubdesk.hub.Hub;
import org.hubdesk.hub.Hubs;
import org.hubdesk.identity.People;
import org.hubdesk.request.canned.CannedReplies;
import org.hubdesk.request.canned.CannedReply;
import org.hubdesk.request.desk.Desk;
import org.hubdesk.request.desk.DeskLine;
import org.hubdesk.request.desk.DeskQuery;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

@DemoTest
class RequestDemoDataTests {

	@Autowired
	Requests requests;

	@Autowired
	RequestWork work;

	@Autowired
	CannedReplies canned;

	@Autowired
	Desk desk;

	@Autowired
	Hubs hubs;

	@Autowired
	People people;

	@Test
	void theDemoHubLooksLikeAWorkingHub() {
		Hub hub = hubs.bySlug("content-partnerships").orElseThrow();
		long requester = people.byUsername("requester").orElseThrow().getId();
		long requester2 = people.byUsername("requester2").orElseThrow().getId();
		List<HelpRequest> mine = requests.mine(hub, requester);
		List<HelpRequest> theirs = requests.mine(hub, requester2);
		assertThat(mine.size()).isGreaterThanOrEqualTo(8);
		assertThat(mine.size() + theirs.size()).isGreaterThanOrEqualTo(30);
		Set<RequestState> states = new java.util.HashSet<>();
		mine.forEach(r -> states.add(r.getState()));
		theirs.forEach(r -> states.add(r.getState()));
		assertThat(states).containsAll(EnumSet.allOf(RequestState.class));
		HelpRequest working = mine.stream().filter(r -> r.getState() == RequestState.IN_PROGRESS).findFirst().orElseThrow();
		assertThat(work.milestones(working)).isNotEmpty();
		assertThat(work.totalHours(working)).isPositive();
		assertThat(requests.messages(working, true)).anyMatch(RequestMessage::isInternal);
		assertThat(requests.messages(working, false)).noneMatch(RequestMessage::isInternal);
		assertThat(canned.of(hub).stream().map(CannedReply::getLanguage).collect(Collectors.toSet()))
			.containsExactlyInAnyOrder("en", "sv");
	}

	@Test
	void theDemoHubsHistorySpreadsOverThePastEighteenMonthsInOrder() {
		Hub hub = hubs.bySlug("content-partnerships").orElseThrow();
		Instant now = Instant.now();
		List<HelpRequest> demo = new ArrayList<>(requests.mine(hub, people.byUsername("requester").orElseThrow().getId()));
		demo.addAll(requests.mine(hub, people.byUsername("requester2").orElseThrow().getId()));
		List<Instant> submitted = demo.stream().map(HelpRequest::getSubmittedAt).filter(Objects::nonNull).sorted().toList();
		assertThat(submitted.get(0)).as("the oldest request").isBefore(now.minus(Duration.ofDays(450)))
			.isAfter(now.minus(Duration.ofDays(550)));
		assertThat(submitted.stream().filter(t -> t.isAfter(now.minus(Duration.ofDays(7))))).as("recent requests")
			.hasSizeGreaterThanOrEqualTo(3);
		assertThat(submitted.stream().filter(t -> t.isBefore(now.minus(Duration.ofDays(180))))).as("requests of last year")
			.hasSizeGreaterThanOrEqualTo(8);
		for (HelpRequest request : demo) {
			String which = request.getTitle();
			List<Instant> timeline = requests.timeline(request, true).stream()
				.sorted(Comparator.comparing(TimelineEntry::getId)).map(TimelineEntry::getAt).toList();
			assertThat(timeline).as("timeline of %s, as recorded", which).isSorted()
				.allSatisfy(t -> assertThat(t).isBeforeOrEqualTo(now).isAfterOrEqualTo(request.getCreatedAt()));
			List<Instant> messages = requests.messages(request, true).stream()
				.sorted(Comparator.comparing(RequestMessage::getId)).map(RequestMessage::getCreatedAt).toList();
			assertThat(messages).as("messages of %s", which).isSorted()
				.allSatisfy(t -> assertThat(t).isBeforeOrEqualTo(now).isAfterOrEqualTo(request.getCreatedAt()));
			assertThat(request.getUpdatedAt()).as("last change of %s", which).isBeforeOrEqualTo(now)
				.isAfterOrEqualTo(request.getCreatedAt());
			if (request.getSubmittedAt() != null) {
				assertThat(request.getSubmittedAt()).isAfterOrEqualTo(request.getCreatedAt());
				if (request.getFirstResponseAt() != null) {
					assertThat(request.getFirstResponseAt()).as("first response to %s", which)
						.isAfter(request.getSubmittedAt()).isBeforeOrEqualTo(now);
				}
				if (request.getWaitingSince() != null) {
					assertThat(request.getWaitingSince()).isAfter(request.getSubmittedAt()).isBeforeOrEqualTo(now);
				}
				LocalDate submittedOn = LocalDate.ofInstant(request.getSubmittedAt(), ZoneOffset.UTC);
				assertThat(work.hours(request)).as("hours on %s", which).allSatisfy(h -> assertThat(h.getWorkDate())
					.isAfterOrEqualTo(submittedOn).isBeforeOrEqualTo(LocalDate.ofInstant(now, ZoneOffset.UTC)));
				work.outcome(request).ifPresent(o -> assertThat(o.getWrittenAt()).as("outcome of %s", which)
					.isAfter(request.getSubmittedAt()).isBeforeOrEqualTo(now));
			}
		}
		List<Instant> waiting = desk.find(hub, people.byUsername("staff").orElseThrow().getId(), DeskQuery.of("waiting"))
			.getContent().stream().map(DeskLine::submittedAt).toList();
		assertThat(Duration.between(waiting.get(0), waiting.get(waiting.size() - 1))).as("waits on the desk")
			.isGreaterThan(Duration.ofDays(7));
		assertThat(waiting.stream().map(t -> t.truncatedTo(ChronoUnit.HOURS)).distinct()).hasSizeGreaterThanOrEqualTo(3);
	}
}
