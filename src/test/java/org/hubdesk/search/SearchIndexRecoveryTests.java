package org.hubdesk.search;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

import org.hubdesk.DemoTest;
import org.hubdesk.hub.Hub;
import org.hubdesk.hub.HubViewer;
import org.hubdesk.hub.Hubs;
import org.hubdesk.identity.People;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The index reaches the disk after the request that changed it returned; a run that ends without
 * stopping leaves its checkpoint behind, and the next start indexes again what changed since.
 */
@DemoTest
class SearchIndexRecoveryTests {

	@Autowired
	SearchIndex index;

	@Autowired
	HubSearch search;

	@Autowired
	Hubs hubs;

	@Autowired
	People people;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void whatChangedSinceTheCheckpointIsIndexedAgain() {
		Hub hub = hubs.bySlug("content-partnerships").orElseThrow();
		long staff = people.byUsername("staff").orElseThrow().getId();
		String word = "w" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
		Instant checkpoint = Instant.now().minus(1, ChronoUnit.MINUTES);
		// written behind the index's back, like a change whose index update was lost with the process
		jdbc.update("insert into help_request (hub_id, number, title, state, requester_id, created_by_id, created_at, "
				+ "submitted_at, updated_at) values (?, (select max(number) + 1 from help_request where hub_id = ?), ?, "
				+ "'TRIAGE', ?, ?, current_timestamp, current_timestamp, current_timestamp)",
				hub.getId(), hub.getId(), "Lost " + word, staff, staff);
		// the hub's counter moves past the number taken, so that requests submitted later get their own
		jdbc.update("update request_number set last_number = (select max(number) from help_request where hub_id = ?) "
				+ "where hub_id = ?", hub.getId(), hub.getId());
		HubViewer viewer = new HubViewer(hub, staff, hubs.rolesOf(hub, staff));
		assertThat(search.search(viewer, word, null, null, 0).counts().get("request")).isZero();

		index.catchUp(checkpoint);

		assertThat(search.search(viewer, word, null, null, 0).counts().get("request")).isEqualTo(1);
	}

	@Test
	void theCheckpointIsKeptWhileRunningAndRemovedByACleanStop() {
		index.checkpoint();
		assertThat(index.lastCheckpoint()).isNotNull().isBeforeOrEqualTo(Instant.now());
		index.stop();
		assertThat(index.lastCheckpoint()).isNull();
		index.onStart();
		assertThat(index.lastCheckpoint()).isNotNull();
	}

}
