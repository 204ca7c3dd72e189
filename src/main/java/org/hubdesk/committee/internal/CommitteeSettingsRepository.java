package org.hubdesk.committee.internal;

import org.springframework.data.jpa.repository.JpaRepository;

interface CommitteeSettingsRepository extends JpaRepository<CommitteeSettings, Long> {
}
