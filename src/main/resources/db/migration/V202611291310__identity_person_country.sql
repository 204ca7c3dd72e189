-- The country a person declares they live in (ISO 3166-1 alpha-2, upper case), or null: a request
-- without an affiliate takes its region from its requester's country (see region_country).
alter table person add column country_code varchar(2);
