package org.hubdesk.identity;

import java.io.Serial;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.oauth2.core.user.OAuth2User;

/**
 * The signed-in person, whichever way they signed in (a local password or a Wikimedia account).
 * Holds the person's id; everything else is read from the database when needed.
 */
public final class PersonPrincipal implements UserDetails, OAuth2User, CredentialsContainer, Serializable {

	@Serial
	private static final long serialVersionUID = 1L;

	private final long personId;
	private final String username;
	private String password;
	private final List<GrantedAuthority> authorities;

	PersonPrincipal(Person person) {
		this.personId = person.getId();
		this.username = person.getUsername();
		this.password = person.getPasswordHash();
		List<GrantedAuthority> granted = new ArrayList<>();
		granted.add(new SimpleGrantedAuthority("ROLE_USER"));
		if (person.isInstanceAdmin()) {
			granted.add(new SimpleGrantedAuthority("ROLE_INSTANCE_ADMIN"));
		}
		this.authorities = List.copyOf(granted);
	}

	/** The signed-in person of the current request, if any. */
	public static Optional<PersonPrincipal> current() {
		Authentication auth = SecurityContextHolder.getContext().getAuthentication();
		if (auth != null && auth.getPrincipal() instanceof PersonPrincipal principal) {
			return Optional.of(principal);
		}
		return Optional.empty();
	}

	public long personId() {
		return personId;
	}

	public boolean isInstanceAdmin() {
		return authorities.stream().anyMatch(a -> "ROLE_INSTANCE_ADMIN".equals(a.getAuthority()));
	}

	@Override
	public Collection<? extends GrantedAuthority> getAuthorities() {
		return authorities;
	}

	@Override
	public String getPassword() {
		return password;
	}

	@Override
	public String getUsername() {
		return username;
	}

	@Override
	public void eraseCredentials() {
		this.password = null;
	}

	@Override
	public Map<String, Object> getAttributes() {
		return Map.of("id", personId, "username", username);
	}

	@Override
	public String getName() {
		return username;
	}
}
