-- The desk's orders and filters at scale: newest activity, submission order, requests still waiting
-- for a first reply, and a request's parts and merges (looked up on every request page).
create index help_request_hub_updated on help_request (hub_id, updated_at, id);
create index help_request_hub_submitted on help_request (hub_id, submitted_at, id);
create index help_request_hub_unanswered on help_request (hub_id, first_response_at, submitted_at);
create index help_request_parent on help_request (parent_id);
create index help_request_merged_into on help_request (merged_into_id);
