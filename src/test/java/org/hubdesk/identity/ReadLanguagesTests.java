package org.hubdesk.identity;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.LongStream;

import org.hubdesk.DemoTest;
import org.hubdesk.SignedIn;
import org.hubdesk.shared.Refusal;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.InstanceOfAssertFactories.type;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The languages people read: declared, counted with the interface language, compared by primary language. */
@DemoTest
class ReadLanguagesTests {

	@Autowired
	People people;

	@Autowired
	MockMvc mvc;

	@Test
	void declaredTagsAreKeptNormalisedAndEachOnce() {
		Person person = SignedIn.newPerson(people, "reader");
		assertThat(people.declareReadLanguages(person.getId(), List.of("PT_br", "sv", "SV", " en ")))
			.containsExactly("en", "pt-BR", "sv");
		assertThat(people.declaredReadLanguages(person.getId())).containsExactly("en", "pt-BR", "sv");
		people.declareReadLanguages(person.getId(), List.of("sv", "de"));
		assertThat(people.declaredReadLanguages(person.getId())).containsExactly("de", "sv");
		people.declareReadLanguages(person.getId(), List.of());
		assertThat(people.readLanguages(person.getId())).isEmpty();
	}

	@Test
	void theInterfaceLanguageCountsAsReadWithoutBeingDeclared() {
		Person person = SignedIn.newPerson(people, "interface");
		people.updateProfile(person.getId(), null, null, "sv", null);
		people.declareReadLanguages(person.getId(), List.of("fr"));
		assertThat(people.readLanguages(person.getId())).containsExactly("fr", "sv");
		assertThat(people.declaredReadLanguages(person.getId())).containsExactly("fr");
		assertThat(people.reads(person.getId(), "sv-FI")).isTrue();
	}

	@Test
	void readingComparesPrimaryLanguages() {
		Person person = SignedIn.newPerson(people, "primary");
		people.declareReadLanguages(person.getId(), List.of("pt", "en-GB"));
		assertThat(people.reads(person.getId(), "pt-BR")).isTrue();
		assertThat(people.reads(person.getId(), "PT_pt")).isTrue();
		assertThat(people.reads(person.getId(), "en")).isTrue();
		assertThat(people.reads(person.getId(), "en-US")).isTrue();
		assertThat(people.reads(person.getId(), "es")).isFalse();
		assertThat(people.reads(person.getId(), "sv")).as("no interface language chosen").isFalse();
	}

	@Test
	void aTextWithoutALanguageIsReadByAnyone() {
		Person person = SignedIn.newPerson(people, "nolanguage");
		assertThat(people.reads(person.getId(), null)).isTrue();
		assertThat(people.reads(person.getId(), " ")).isTrue();
		assertThat(people.reads(person.getId(), "de")).isFalse();
		assertThat(people.reads(-1, "de")).as("an unknown person reads nothing").isFalse();
	}

	@Test
	void aBadTagIsRefusedAndNothingChanges() {
		Person person = SignedIn.newPerson(people, "refused");
		people.declareReadLanguages(person.getId(), List.of("sv"));
		assertThatThrownBy(() -> people.declareReadLanguages(person.getId(), List.of("en", "xx-!!")))
			.asInstanceOf(type(Refusal.class))
			.satisfies(r -> {
				assertThat(r.getField()).isEqualTo("readLanguages");
				assertThat(r.getMessageKey()).isEqualTo("validation.read-language.unknown");
			});
		assertThat(people.declaredReadLanguages(person.getId())).containsExactly("sv");
	}

	@Test
	void manyPeoplesLanguagesAtOnceTheUnknownLeftOut() {
		Person member1 = people.byUsername("member1").orElseThrow();
		Person member2 = people.byUsername("member2").orElseThrow();
		Person none = SignedIn.newPerson(people, "silent");
		Map<Long, Set<String>> read = people.readLanguages(List.of(member1.getId(), member2.getId(), none.getId(), -7L));
		assertThat(read).containsOnlyKeys(member1.getId(), member2.getId(), none.getId());
		assertThat(read.get(member1.getId())).containsExactly("en", "sv");
		assertThat(read.get(member2.getId())).containsExactly("en", "fr");
		assertThat(read.get(none.getId())).isEmpty();
		assertThat(people.readLanguages(List.of())).isEmpty();
	}

	@Test
	void moreIdsThanOneStatementCarriesAreAskedInParts() {
		Person chair = people.byUsername("chair").orElseThrow();
		Person staff = people.byUsername("staff").orElseThrow();
		List<Long> ids = LongStream.concat(LongStream.of(chair.getId()),
				LongStream.concat(LongStream.rangeClosed(1, 1100).map(i -> -i), LongStream.of(staff.getId())))
			.boxed()
			.toList();
		assertThat(people.readLanguages(ids)).containsOnly(Map.entry(chair.getId(), Set.of("de", "en")),
				Map.entry(staff.getId(), Set.of("en", "sv")));
	}

	@Test
	void theDemoCommitteeReadsDifferentLanguages() {
		assertThat(people.readLanguages(people.byUsername("member3").orElseThrow().getId()))
			.containsExactly("en", "es");
		long member1 = people.byUsername("member1").orElseThrow().getId();
		long member2 = people.byUsername("member2").orElseThrow().getId();
		assertThat(people.reads(member1, "sv")).isTrue();
		assertThat(people.reads(member2, "sv")).isFalse();
		assertThat(people.reads(member2, "fr-CA")).isTrue();
		assertThat(people.reads(member1, "fr")).isFalse();
	}

	@Test
	void theApiShowsTheDeclaredLanguages() throws Exception {
		Person person = SignedIn.newPerson(people, "apireader");
		people.updateProfile(person.getId(), null, null, "sv", null);
		mvc.perform(get("/api/v1/me").with(SignedIn.as(people, person.getUsername())))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.readLanguages", empty()));
		people.declareReadLanguages(person.getId(), List.of("pt-br", "de"));
		mvc.perform(get("/api/v1/me").with(SignedIn.as(people, person.getUsername())))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.language").value("sv"))
			.andExpect(jsonPath("$.readLanguages", contains("de", "pt-BR")));
	}
}
