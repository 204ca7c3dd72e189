package org.hubdesk.request.desk;

import java.util.List;

import org.hubdesk.DemoTest;
import org.hubdesk.hub.Hub;
import org.hubdesk.hub.Hubs;
import org.hubdesk.identity.People;
import org.hubdesk.request.HelpRequest;
import org.hubdesk.request.RequestAccess;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Page;

import static org.assertj.core.api.Assertions.assertThat;

/** The desk counts its matches up to a limit and, past it, says there are more, without counting them all. */
@DemoTest
class DeskCountTests {

	@Autowired
	RequestSearch search;

	@Autowired
	RequestAccess access;

	@Autowired
	Hubs hubs;

	@Autowired
	People people;

	@Test
	void belowTheLimitTheCountIsExactAndThePageTheSame() {
		Hub hub = hubs.bySlug("content-partnerships").orElseThrow();
		long staff = people.byUsername("staff").orElseThrow().getId();
		RequestQuery all = Desk.toSearch(DeskQuery.of(null), staff);
		Page<HelpRequest> exact = search.search(access.scope(hub, staff), all, 0, 5);
		Page<DeskLine> counted = search.lines(access.scope(hub, staff), all, 0, 5, 1000);
		assertThat(counted.getTotalElements()).isEqualTo(exact.getTotalElements()).isGreaterThan(5);
		assertThat(counted.getContent()).extracting(DeskLine::id)
			.containsExactlyElementsOf(exact.getContent().stream().map(HelpRequest::getId).toList());
	}

	@Test
	void pastTheLimitThePageSaysMoreAndStillPages() {
		Hub hub = hubs.bySlug("content-partnerships").orElseThrow();
		long staff = people.byUsername("staff").orElseThrow().getId();
		RequestQuery all = Desk.toSearch(DeskQuery.of(null), staff);
		long total = search.search(access.scope(hub, staff), all, 0, 5).getTotalElements();
		int limit = (int) total - 3;

		Page<DeskLine> first = search.lines(access.scope(hub, staff), all, 0, 5, limit);
		assertThat(first.getTotalElements()).isEqualTo(limit + 1);
		assertThat(first.hasNext()).isTrue();

		// deep in the pages the total reaches at least one past the rows seen, so there is a next page
		Page<DeskLine> deep = search.lines(access.scope(hub, staff), all, 1, 2, 2);
		assertThat(deep.getTotalElements()).isGreaterThan(4);
		assertThat(deep.hasNext()).isTrue();

		// the last page ends the count exactly
		int lastPage = (int) ((total - 1) / 5);
		Page<DeskLine> last = search.lines(access.scope(hub, staff), all, lastPage, 5, limit);
		assertThat(last.getTotalElements()).isEqualTo(total);
		assertThat(last.hasNext()).isFalse();
	}

	@Test
	void aLineCarriesTheFactsOfItsRequest() {
		Hub hub = hubs.bySlug("content-partnerships").orElseThrow();
		long staff = people.byUsername("staff").orElseThrow().getId();
		RequestQuery all = Desk.toSearch(DeskQuery.of(null), staff);
		List<HelpRequest> requests = search.search(access.scope(hub, staff), all, 0, 50).getContent();
		List<DeskLine> lines = search.lines(access.scope(hub, staff), all, 0, 50, 1000).getContent();
		assertThat(lines).hasSameSizeAs(requests);
		for (int i = 0; i < lines.size(); i++) {
			HelpRequest r = requests.get(i);
			assertThat(lines.get(i)).isEqualTo(new DeskLine(r.getId(), r.getNumber(), r.getTitle(), r.getState(),
					r.getRequesterId(), r.getAssigneeId(), r.getAffiliateId(), r.getAffiliateOther(), r.getSubmittedAt(),
					r.getUpdatedAt(), r.getFirstResponseAt()));
		}
		assertThat(lines).anyMatch(l -> l.assigneeId() != null).anyMatch(l -> l.affiliateId() != null)
			.anyMatch(DeskLine::answered).anyMatch(l -> !l.answered());
	}

}
