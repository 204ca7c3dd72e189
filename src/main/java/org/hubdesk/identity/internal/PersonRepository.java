package org.hubdesk.identity.internal;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.hubdesk.identity.Person;
import org.hubdesk.identity.PersonName;
import org.hubdesk.shared.InList;
import org.hubdesk.shared.InListQueries;
import org.springframework.data.jpa.repository.JpaRepository;

public interface PersonRepository extends JpaRepository<Person, Long>, InListQueries {

	Optional<Person> findByUsernameIgnoreCase(String username);

	Optional<Person> findByWikimediaSub(long sub);

	/** Several people in one query whose plan is reused. */
	default List<Person> findByIdIn(Collection<Long> ids) {
		return selectIn("select p from Person p where p.id in " + InList.VALUES, Person.class, ids);
	}

	/** Only the names of several people, without loading them. */
	default List<PersonName> findNamesByIdIn(Collection<Long> ids) {
		return selectIn("select new org.hubdesk.identity.PersonName(p.id, p.displayName, p.username) from Person p"
				+ " where p.id in " + InList.VALUES, PersonName.class, ids);
	}

}
