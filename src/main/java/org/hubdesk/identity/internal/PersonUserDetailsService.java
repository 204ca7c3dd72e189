package org.hubdesk.identity.internal;

import org.hubdesk.identity.People;
import org.hubdesk.identity.Person;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;

/** Loads local accounts (those with a password) for the sign-in form. */
@Service
class PersonUserDetailsService implements UserDetailsService {

	private final People people;

	PersonUserDetailsService(People people) {
		this.people = people;
	}

	@Override
	public UserDetails loadUserByUsername(String username) {
		Person person = people.byUsername(username)
			.filter(Person::isLocalAccount)
			.orElseThrow(() -> new UsernameNotFoundException("No local account"));
		return people.principalOf(person);
	}
}
