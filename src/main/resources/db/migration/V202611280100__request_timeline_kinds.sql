-- Timeline entries of every module: a kind is named by its module ('request.STATUS_CHANGED',
-- 'committee.decision'); who may see an entry is its audience (EVERYONE, STAFF, ...), no longer a
-- flag; facts of other modules' kinds are kept by name. Existing rows keep their meaning.
alter table request_timeline alter column kind set data type varchar(80);
update request_timeline set kind = 'request.' || kind;

alter table request_timeline add column audience varchar(20) default 'EVERYONE' not null;
update request_timeline set audience = 'STAFF' where internal = true;
alter table request_timeline drop column internal;

create table request_timeline_fact (
    entry_id    bigint        not null references request_timeline (id) on delete cascade,
    fact_name   varchar(60)   not null,
    fact_value  varchar(4000) not null,
    primary key (entry_id, fact_name)
);
