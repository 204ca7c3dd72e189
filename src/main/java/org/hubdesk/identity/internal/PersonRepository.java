package org.hubdesk.identity.internal;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.hubdesk.identity.Person;
import org.hubdesk.identity.PersonName;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface PersonRepository extends JpaRepository<Person, Long> {

	Optional<Person> findByUsernameIgnoreCase(String username);

	Optional<Person> findByWikimediaSub(long sub);

	/** Several people in one query whose plan is reused (a repository's own findAllById is planned anew each time). */
	@Query("select p from Person p where p.id in ?1")
	List<Person> findByIdIn(Collection<Long> ids);

	/** Only the names of several people, without loading them. */
	@Query("select new org.hubdesk.identity.PersonName(p.id, p.displayName, p.username) from Person p where p.id in ?1")
	List<PersonName> findNamesByIdIn(Collection<Long> ids);
}
