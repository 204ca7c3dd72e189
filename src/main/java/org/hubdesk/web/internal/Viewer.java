package org.hubdesk.web.internal;

import jakarta.servlet.http.HttpServletRequest;

import org.hubdesk.identity.People;
import org.hubdesk.identity.Person;
import org.hubdesk.identity.PersonPrincipal;
import org.springframework.stereotype.Component;

/**
 * The signed-in person of a request, read from the database once per request and shared by the
 * language choice and the layout.
 */
@Component
class Viewer {

	private static final String KEY = Viewer.class.getName();
	private static final Object NOBODY = new Object();

	private final People people;

	Viewer(People people) {
		this.people = people;
	}

	/** The signed-in person, or null for a visitor. */
	Person of(HttpServletRequest request) {
		Object cached = request.getAttribute(KEY);
		if (cached instanceof Person person) {
			return person;
		}
		if (cached == NOBODY) {
			return null;
		}
		Person person = PersonPrincipal.current().flatMap(p -> people.byId(p.personId())).orElse(null);
		request.setAttribute(KEY, person == null ? NOBODY : person);
		return person;
	}
}
