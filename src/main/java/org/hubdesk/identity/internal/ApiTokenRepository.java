package org.hubdesk.identity.internal;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.hubdesk.identity.ApiToken;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

public interface ApiTokenRepository extends JpaRepository<ApiToken, Long> {

	Optional<ApiToken> findByTokenHash(String tokenHash);

	List<ApiToken> findByPersonIdOrderByCreatedAtDescIdDesc(Long personId);

	@Modifying
	@Query("update ApiToken t set t.lastUsedAt = ?2 where t.id = ?1")
	void markUsed(Long id, Instant at);
}
