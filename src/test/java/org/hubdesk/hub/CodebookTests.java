package org.hubdesk.hub;

import java.util.List;

import org.hubdesk.DemoTest;
import org.hubdesk.SignedIn;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A hub's codebook is read once for each version of the hub: pages share what was read, and a
 * change of the hub (made here, or on another node) is seen on the next read of the hub.
 */
@DemoTest
class CodebookTests {

	@Autowired
	Hubs hubs;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void theCodebookOfAHubVersionIsReadOnceAndAgainForANewVersion() {
		String slug = "codebook-" + SignedIn.randomPrefix().toLowerCase(java.util.Locale.ROOT);
		Hub hub = hubs.createFromTemplate("content-partnerships", slug, "Codebook hub", SignedIn.randomPrefix(),
				List.of("en"), "en");
		List<NeedNode> first = hubs.codebook(hub);
		assertThat(first).isNotEmpty();
		assertThat(hubs.codebook(hubs.bySlug(slug).orElseThrow())).isSameAs(first);

		// the hub changes: its codebook might have, and is read again
		jdbc.update("update hub set version = version + 1 where id = ?", hub.getId());
		Hub changed = hubs.bySlug(slug).orElseThrow();
		assertThat(changed.getVersion()).isEqualTo(hub.getVersion() + 1);
		List<NeedNode> again = hubs.codebook(changed);
		assertThat(again).isNotSameAs(first);
		assertThat(NeedNode.flatten(again)).extracting(n -> n.need().getCode())
			.containsExactlyElementsOf(NeedNode.flatten(first).stream().map(n -> n.need().getCode()).toList());
		assertThat(hubs.codebook(changed)).isSameAs(again);
	}

	@Test
	void theViewerOfAHubCarriesTheirRolesAndNobodyHasNone() {
		long staff = jdbc.queryForObject("select id from person where username = 'staff'", Long.class);
		HubViewer viewer = hubs.viewer("content-partnerships", staff).orElseThrow();
		assertThat(viewer.isStaff()).isTrue();
		assertThat(viewer.roles()).isEqualTo(hubs.rolesOf(viewer.hub(), staff));
		assertThat(hubs.viewer("content-partnerships", null).orElseThrow().roles()).isEmpty();
		assertThat(hubs.viewer("no-such-hub", staff)).isEmpty();
	}
}
