package org.hubdesk.identity.internal;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.hubdesk.identity.Person;
import org.hubdesk.identity.PersonName;
import org.hubdesk.shared.InList;
import org.hubdesk.shared.InListQueries;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface PersonRepository extends JpaRepository<Person, Long>, InListQueries {

	Optional<Person> findByUsernameIgnoreCase(String username);

	Optional<Person> findByWikimediaSub(long sub);

	/** The language tags a person declared they read, without loading the person. */
	@Query("select l from Person p join p.readLanguages l where p.id = ?1")
	List<String> findReadLanguagesById(long id);

	/** Several people in one query whose plan is reused. */
	default List<Person> findByIdIn(Collection<Long> ids) {
		return selectIn("select p from Person p where p.id in " + InList.VALUES, Person.class, ids);
	}

	/** Only the names of several people, without loading them. */
	default List<PersonName> findNamesByIdIn(Collection<Long> ids) {
		return selectIn("select new org.hubdesk.identity.PersonName(p.id, p.displayName, p.username) from Person p"
				+ " where p.id in " + InList.VALUES, PersonName.class, ids);
	}

	/**
	 * The languages of several people without loading them: a row (id, interface language, one tag
	 * they read) for each tag they declared, and one with a null tag for who declared none.
	 */
	default List<Object[]> findLanguagesByIdIn(Collection<Long> ids) {
		return selectIn("select p.id, p.language, l from Person p left join p.readLanguages l"
				+ " where p.id in " + InList.VALUES, Object[].class, ids);
	}

	/** The countries of several people without loading them: a row (id, country code) for each who declared one. */
	default List<Object[]> findCountriesByIdIn(Collection<Long> ids) {
		return selectIn("select p.id, p.countryCode from Person p where p.countryCode is not null and p.id in "
				+ InList.VALUES, Object[].class, ids);
	}

}
