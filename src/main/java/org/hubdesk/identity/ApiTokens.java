package org.hubdesk.identity;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

import org.hubdesk.identity.internal.ApiTokenRepository;
import org.hubdesk.identity.internal.PersonRepository;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Personal API tokens: {@code hd_} and 32 random bytes in base64url. A token is stored as the
 * SHA-256 of its secret and its first eight characters; a revoked token stays listed but no longer
 * signs anyone in.
 */
@Service
@Transactional(readOnly = true)
public class ApiTokens {

	/** What every token starts with, so a leaked one is recognisable (and scanners can find it). */
	public static final String PREFIX = "hd_";

	/** The longest name a token may have. */
	public static final int MAX_NAME = 100;

	private static final int SECRET_BYTES = 32;

	private final ApiTokenRepository tokens;
	private final PersonRepository people;
	private final SecureRandom random = new SecureRandom();
	private final Clock clock;

	ApiTokens(ApiTokenRepository tokens, PersonRepository people, Clock clock) {
		this.tokens = tokens;
		this.people = people;
		this.clock = clock;
	}

	/** A token just created, with its secret: the only moment the secret is known. */
	public record CreatedToken(ApiToken token, String secret) {
	}

	/** Creates a token for the person. @throws IllegalArgumentException when the name is blank or too long */
	@Transactional
	public CreatedToken create(long personId, String name) {
		if (name == null || name.isBlank() || name.strip().length() > MAX_NAME) {
			throw new IllegalArgumentException("A token needs a name of at most " + MAX_NAME + " characters");
		}
		byte[] bytes = new byte[SECRET_BYTES];
		random.nextBytes(bytes);
		String secret = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
		ApiToken token = tokens.save(new ApiToken(personId, name.strip(), hash(secret), secret.substring(0, 8),
				clock.instant()));
		return new CreatedToken(token, secret);
	}

	/** The person's tokens, newest first, revoked ones included. */
	public List<ApiToken> of(long personId) {
		return tokens.findByPersonIdOrderByCreatedAtDescIdDesc(personId);
	}

	/** Revokes one of the person's tokens; false when they have no such token. */
	@Transactional
	public boolean revoke(long personId, long tokenId) {
		Optional<ApiToken> token = tokens.findById(tokenId).filter(t -> t.getPersonId().equals(personId));
		token.ifPresent(t -> t.revoke(clock.instant()));
		return token.isPresent();
	}

	/**
	 * The person a token's secret belongs to, when the token exists and is not revoked; the use is
	 * recorded. (Wrong passwords at the sign-in form never stop a token: they hold back only the
	 * address they come from.)
	 */
	@Transactional
	public Optional<Person> authenticate(String secret) {
		if (secret == null || !secret.startsWith(PREFIX)) {
			return Optional.empty();
		}
		Optional<ApiToken> token = tokens.findByTokenHash(hash(secret)).filter(t -> !t.isRevoked());
		if (token.isEmpty()) {
			return Optional.empty();
		}
		Instant now = clock.instant();
		Optional<Person> person = people.findById(token.get().getPersonId());
		if (person.isPresent()) {
			tokens.markUsed(token.get().getId(), now);
		}
		return person;
	}

	/** The SHA-256 of a secret in lower-case hex, as stored. */
	public static String hash(String secret) {
		try {
			byte[] digest = MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8));
			return HexFormat.of().formatHex(digest);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("SHA-256 is missing from this Java runtime", ex);
		}
	}
}
