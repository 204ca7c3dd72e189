package org.hubdesk.identity;

import java.time.Instant;
import java.util.List;

import org.hubdesk.shared.Refusal;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PersonTests {

	private static final Instant NOW = Instant.parse("2026-11-21T10:00:00Z");

	@Test
	void aSignInIsRecorded() {
		Person person = Person.local("someone", "{noop}x");
		person.signedIn(NOW);
		assertThat(person.getLastSignInAt()).isEqualTo(NOW);
	}

	@Test
	void anAffiliateIsDeclaredOnce() {
		Person person = Person.local("someone", "{noop}x");
		assertThat(person.declare(7L)).isTrue();
		assertThat(person.declare(7L)).isFalse();
		assertThat(person.getAffiliations()).hasSize(1);
		assertThat(person.withdraw(7L)).isTrue();
		assertThat(person.getAffiliations()).isEmpty();
	}

	@Test
	void theLikelyAffiliateIsTheOneDeclaredOrOfSeveralTheVerifiedOne() {
		Person person = Person.local("someone", "{noop}x");
		assertThat(person.likelyAffiliate()).isEmpty();
		person.declare(7L);
		assertThat(person.likelyAffiliate()).contains(7L);
		person.declare(8L);
		assertThat(person.likelyAffiliate()).isEmpty();
		assertThat(person.verify(8L)).isTrue();
		assertThat(person.likelyAffiliate()).contains(8L);
		assertThat(person.verify(9L)).isFalse();
	}

	@Test
	void theNameShownIsTheDisplayNameElseTheUsername() {
		Person person = Person.wikimedia(12345, "Example");
		assertThat(person.getName()).isEqualTo("Example");
		person.setDisplayNameIfAbsent("Ex Ample");
		assertThat(person.getName()).isEqualTo("Ex Ample");
		assertThat(person.isLocalAccount()).isFalse();
	}

	@Test
	void declaredReadLanguagesAreNormalisedAndReplaceTheEarlierOnes() {
		Person person = Person.local("someone", "{noop}x");
		person.declareReadLanguages(List.of("SV", "pt_br", "sv"));
		assertThat(person.declaredReadLanguages()).containsExactlyInAnyOrder("sv", "pt-BR");
		person.declareReadLanguages(List.of("en", "pt-BR"));
		assertThat(person.declaredReadLanguages()).containsExactlyInAnyOrder("en", "pt-BR");
		person.declareReadLanguages(List.of());
		assertThat(person.declaredReadLanguages()).isEmpty();
	}

	@Test
	void aRefusedDeclarationChangesNothing() {
		Person person = Person.local("someone", "{noop}x");
		person.declareReadLanguages(List.of("sv"));
		assertThatThrownBy(() -> person.declareReadLanguages(List.of("en", "klingon"))).isInstanceOf(Refusal.class);
		assertThat(person.declaredReadLanguages()).containsExactly("sv");
	}
}
