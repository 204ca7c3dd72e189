-- The indexes of commit 4ff0e52 (before V202611280500), for its jar in a closed run:
-- BENCH_BASELINE_SQL=bench/sql/4ff0e52-indexes.sql
drop index if exists help_request_hub_state_desk;
create index if not exists help_request_hub_state on help_request (hub_id, state);
analyze help_request;
