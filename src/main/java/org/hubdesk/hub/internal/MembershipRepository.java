package org.hubdesk.hub.internal;

import java.util.List;
import java.util.Optional;

import org.hubdesk.hub.HubRole;
import org.hubdesk.hub.Membership;
import org.springframework.data.jpa.repository.JpaRepository;

public interface MembershipRepository extends JpaRepository<Membership, Long> {

	List<Membership> findByHubIdAndPersonId(Long hubId, Long personId);

	List<Membership> findByHubIdOrderByRoleAscGrantedAtAsc(Long hubId);

	Optional<Membership> findByHubIdAndPersonIdAndRole(Long hubId, Long personId, HubRole role);

	List<Membership> findByPersonId(Long personId);

	List<Membership> findByHubIdAndRole(Long hubId, HubRole role);
}
