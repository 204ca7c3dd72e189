package org.hubdesk.committee.internal;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.hubdesk.committee.internal.CommitteeDemoScript.Ask;
import org.hubdesk.committee.internal.CommitteeDemoScript.Item;
import org.hubdesk.committee.internal.CommitteeDemoScript.Past;
import org.hubdesk.hub.Hub;
import org.hubdesk.hub.Hubs;
import org.hubdesk.identity.People;
import org.hubdesk.request.HelpRequest;
import org.hubdesk.shared.DemoClock;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Demo data (profile {@code demo} only), after the requests': the demo hub's committee decides the
 * requests it reviews (quorum 50 %, λ 0.20, 400 staff hours a quarter) under the template's rubric.
 * It met monthly, three, two and one months ago, and decided eight requests of five requesters from
 * as many regions (accepted, declined, deferred — one of them accepted a meeting later — and one
 * referred); it meets again in ten days, on three requests in review, some already scored, one of them
 * {@code requester}'s, on which {@code member1} is conflicted through the affiliate both declare. The
 * requests in triage that the requests' demo data leaves stay there, for the chair's next agenda.
 * Added once, to a hub whose committee has never met.
 */
@Component
@Profile("demo")
@Order(50)
class CommitteeDemoData implements ApplicationRunner {

	static final String SLUG = "content-partnerships";
	static final String VIDEO_LINK = "https://meet.example.org/cp-committee";
	static final int MINUTES = 90;

	private final Hubs hubs;
	private final People people;
	private final Rubrics rubrics;
	private final Settings settings;
	private final Agenda agenda;
	private final Discussion discussion;
	private final CommitteeDemoIntake intake;
	private final CommitteeDemoSession session;
	private final DemoClock clock;

	CommitteeDemoData(Hubs hubs, People people, Rubrics rubrics, Settings settings, Agenda agenda,
			Discussion discussion, CommitteeDemoIntake intake, CommitteeDemoSession session, DemoClock clock) {
		this.hubs = hubs;
		this.people = people;
		this.rubrics = rubrics;
		this.settings = settings;
		this.agenda = agenda;
		this.discussion = discussion;
		this.intake = intake;
		this.session = session;
		this.clock = clock;
	}

	@Override
	public void run(ApplicationArguments args) {
		Hub hub = hubs.bySlug(SLUG).orElse(null);
		if (hub == null || !agenda.upcoming(hub).isEmpty() || !agenda.past(hub).isEmpty()) {
			return;
		}
		LocalDate today = LocalDate.ofInstant(clock.realInstant(), ZoneOffset.UTC);
		Map<String, Long> members = new LinkedHashMap<>();
		CommitteeDemoScript.MEMBERS.forEach(m -> members.put(m, people.byUsername(m).orElseThrow().getId()));
		long staff = people.byUsername("staff").orElseThrow().getId();
		Instant first = meetingOn(today.minusMonths(CommitteeDemoScript.PAST.get(0).monthsAgo()));
		clock.at(first.minus(Duration.ofDays(90)), () -> rubrics.current(hub));
		settings.change(hub, true, true, 50, new BigDecimal("0.20"), 400);
		intake.askers(CommitteeDemoScript.ASKERS);
		Map<String, HelpRequest> asked = new HashMap<>();
		for (Past past : CommitteeDemoScript.PAST) {
			held(hub, meetingOn(today.minusMonths(past.monthsAgo())), past.items(), asked, members, staff);
		}
		coming(hub, meetingOn(today.plusDays(10)), members, staff);
	}

	/** A past meeting: its requests taken in (or back to triage), put on its agenda and decided at it. */
	private void held(Hub hub, Instant starts, List<Item> items, Map<String, HelpRequest> asked,
			Map<String, Long> members, long staff) {
		Meeting meeting = clock.at(starts.minus(Duration.ofDays(28)),
				() -> agenda.schedule(hub, starts, MINUTES, VIDEO_LINK));
		List<HelpRequest> taken = new ArrayList<>();
		for (int n = 0; n < items.size(); n++) {
			Ask ask = items.get(n).ask();
			HelpRequest before = asked.get(ask.title());
			taken.add(before != null ? intake.backToTriage(before, starts.minus(Duration.ofDays(20)), staff)
					: intake.take(hub, ask, starts.minus(Duration.ofDays(42 - 2L * n)), staff));
			asked.put(ask.title(), taken.get(n));
		}
		for (int n = 0; n < items.size(); n++) {
			Item item = items.get(n);
			AgendaItem placed = session.place(hub, meeting, taken.get(n),
					starts.minus(Duration.ofDays(14)).plus(Duration.ofMinutes(10L * n)), members.get("chair"));
			session.review(hub, placed, taken.get(n), item, n, members);
			if (item.outcome() == Outcome.ACCEPT) {
				intake.begin(taken.get(n), starts.plus(Duration.ofDays(9)), staff);
			}
		}
	}

	/**
	 * The next meeting: three requests put on its agenda in the past week; {@code member2} and
	 * {@code member3} have scored the first ({@code requester}'s, on which {@code member1} is conflicted
	 * by affiliation), the chair the second, nobody yet the third.
	 */
	private void coming(Hub hub, Instant starts, Map<String, Long> members, long staff) {
		Instant now = clock.realInstant().truncatedTo(ChronoUnit.MINUTES);
		List<Ask> asks = CommitteeDemoScript.COMING;
		List<HelpRequest> taken = new ArrayList<>();
		for (int n = 0; n < asks.size(); n++) {
			taken.add(intake.take(hub, asks.get(n), now.minus(Duration.ofDays(24 - 2L * n)), staff));
		}
		Meeting meeting = clock.at(now.minus(Duration.ofDays(8)), () -> agenda.schedule(hub, starts, MINUTES, VIDEO_LINK));
		List<AgendaItem> items = new ArrayList<>();
		for (int n = 0; n < asks.size(); n++) {
			items.add(session.place(hub, meeting, taken.get(n), now.minus(Duration.ofDays(6)).plus(Duration.ofMinutes(10L * n)),
					members.get("chair")));
		}
		session.score(hub, items.get(0), taken.get(0), asks.get(0), "member2", members,
				"Clean parish data, and the museum's staff will keep the items up to date.", now.minus(Duration.ofDays(4)));
		session.score(hub, items.get(0), taken.get(0), asks.get(0), "member3", members, null,
				now.minus(Duration.ofDays(2)));
		session.score(hub, items.get(1), taken.get(1), asks.get(1), "chair", members,
				"Batik is barely shown on the platforms; a clear list of articles.", now.minus(Duration.ofDays(3)));
		HelpRequest batik = taken.get(1);
		clock.at(now.minus(Duration.ofDays(3)).plus(Duration.ofMinutes(5)), () -> discussion.post(
				intake.fresh(batik), items.get(1), members.get("chair"),
				"Let us ask at the meeting whether the museum will license the motifs' photographs CC BY-SA."));
	}

	/** A meeting's start on that day: 14:00 UTC, the afternoon in Europe and Africa, the morning in the Americas. */
	private static Instant meetingOn(LocalDate day) {
		return day.atTime(LocalTime.of(14, 0)).toInstant(ZoneOffset.UTC);
	}
}
