package org.hubdesk.identity;

import java.util.List;
import java.util.Map;
import java.util.stream.LongStream;

import org.hubdesk.DemoTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/** Names are looked up for any number of ids, in one statement for a page's few and in parts for many. */
@DemoTest
class PeopleNamesTests {

	@Autowired
	People people;

	@Test
	void theNamesOfSomePeopleAndNoneForUnknownIds() {
		Person staff = people.byUsername("staff").orElseThrow();
		Person requester = people.byUsername("requester").orElseThrow();
		Map<Long, String> names = people.names(List.of(staff.getId(), requester.getId(), -5L));
		assertThat(names).containsOnly(Map.entry(staff.getId(), staff.getName()),
				Map.entry(requester.getId(), requester.getName()));
		assertThat(people.names(List.of())).isEmpty();
	}

	@Test
	void moreIdsThanOneStatementCarriesAreAskedInParts() {
		Person staff = people.byUsername("staff").orElseThrow();
		Person admin = people.byUsername("admin").orElseThrow();
		// the two known ids at both ends of a list longer than a statement's 512 values
		List<Long> ids = LongStream.concat(LongStream.of(staff.getId()),
				LongStream.concat(LongStream.rangeClosed(1, 1200).map(i -> -i), LongStream.of(admin.getId())))
			.boxed()
			.toList();
		assertThat(people.names(ids)).containsOnlyKeys(staff.getId(), admin.getId());
		assertThat(people.byIds(ids)).extracting(Person::getId).containsExactlyInAnyOrder(staff.getId(), admin.getId());
	}
}
