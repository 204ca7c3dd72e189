package org.hubdesk.impact.internal;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.Base64;
import java.util.List;
import java.util.Optional;

import org.hubdesk.hub.Hub;
import org.hubdesk.request.HelpRequest;
import org.hubdesk.shared.Refusal;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The share links of requests' partner reports: made by whoever reads the request, revoked by them too. */
@Service
public class Shares {

	private static final SecureRandom RANDOM = new SecureRandom();

	private final ShareRepository shares;
	private final Clock clock;

	Shares(ShareRepository shares, Clock clock) {
		this.shares = shares;
		this.clock = clock;
	}

	/** The request's links, newest first, revoked ones included. */
	@Transactional(readOnly = true)
	public List<Share> of(HelpRequest request) {
		return shares.findByRequestIdOrderByIdDesc(request.getId());
	}

	/** A new link to the report in one of the hub's languages. */
	@Transactional
	public Share make(Hub hub, HelpRequest request, String language, long actorId) {
		if (language == null || !hub.getLanguages().contains(language)) {
			throw new Refusal("language", "impact.error.language");
		}
		byte[] bytes = new byte[32];
		RANDOM.nextBytes(bytes);
		String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
		return shares.save(new Share(request.getId(), token, language, actorId, clock.instant()));
	}

	/** Revokes the request's link: from now on it answers as if it had never been. */
	@Transactional
	public void revoke(HelpRequest request, long shareId) {
		Share share = shares.findById(shareId).filter(s -> s.getRequestId().equals(request.getId()))
			.orElseThrow(Refusal::notFound);
		share.revoke(clock.instant());
	}

	/** The link with this token, while it is not revoked. */
	@Transactional(readOnly = true)
	public Optional<Share> open(String token) {
		if (token == null || token.length() != 43) {
			return Optional.empty();
		}
		return shares.findByToken(token).filter(s -> !s.isRevoked());
	}
}
