package org.hubdesk.identity.internal;

import java.util.Optional;

import org.hubdesk.identity.Person;
import org.springframework.data.jpa.repository.JpaRepository;

public interface PersonRepository extends JpaRepository<Person, Long> {

	Optional<Person> findByUsernameIgnoreCase(String username);

	Optional<Person> findByWikimediaSub(long sub);
}
