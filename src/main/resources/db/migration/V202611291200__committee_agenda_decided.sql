-- When a request on an agenda was decided, kept on the agenda item itself, so that what is still
-- waiting for the committee is read from a small index rather than from every decision ever taken.
alter table committee_agenda_item add column decided_at timestamp(6) with time zone;
update committee_agenda_item i set decided_at = (select d.decided_at from committee_decision d where d.agenda_item_id = i.id);
create index committee_agenda_item_undecided on committee_agenda_item (decided_at, meeting_id, id);
