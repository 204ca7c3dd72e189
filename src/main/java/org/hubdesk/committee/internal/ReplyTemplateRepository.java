package org.hubdesk.committee.internal;

import org.springframework.data.jpa.repository.JpaRepository;

interface ReplyTemplateRepository extends JpaRepository<ReplyTemplate, ReplyTemplate.Key> {
}
