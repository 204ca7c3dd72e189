-- The desk counts the matches of its views up to a limit by walking an index: by state, then whether
-- and when a request was answered, when it was submitted and whom it is assigned to, with the id, so
-- that counting "waiting for a first reply", "unassigned" or a state filter reads the index alone
-- (at 100,000 requests a count read thousands of table pages: 20 to 40 ms of the database's time).
create index help_request_hub_state_desk on help_request (hub_id, state, first_response_at, submitted_at, assignee_id, id);
drop index help_request_hub_state;
