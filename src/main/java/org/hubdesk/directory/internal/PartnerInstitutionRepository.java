package org.hubdesk.directory.internal;

import java.util.List;
import java.util.Optional;

import org.hubdesk.directory.PartnerInstitution;
import org.springframework.data.jpa.repository.JpaRepository;

public interface PartnerInstitutionRepository extends JpaRepository<PartnerInstitution, Long> {

	List<PartnerInstitution> findAllByOrderByNameAsc();

	Optional<PartnerInstitution> findByNameIgnoreCase(String name);
}
