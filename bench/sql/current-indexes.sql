-- Today's indexes (V202611280500), put back after a baseline ran on its own:
-- BENCH_AFTER_SQL=bench/sql/current-indexes.sql
create index if not exists help_request_hub_state_desk on help_request (hub_id, state, first_response_at, submitted_at, assignee_id, id);
drop index if exists help_request_hub_state;
analyze help_request;
