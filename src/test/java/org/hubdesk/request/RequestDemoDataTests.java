package org.hubdesk.request;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.hubdesk.DemoTest;
import org.hubdesk.hub.Hub;
import org.hubdesk.hub.Hubs;
import org.hubdesk.identity.People;
import org.hubdesk.request.canned.CannedReplies;
import org.hubdesk.request.canned.CannedReply;
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
}
