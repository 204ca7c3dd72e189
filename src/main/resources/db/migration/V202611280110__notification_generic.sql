-- Notifications become generic: the kind is the key of a kind owned by the module that sends it
-- (e.g. request.reply), and the facts its text needs are kept by name in a table of their own.
-- The request's columns (reference, title, detail, request_id) move into facts or go.
create table notification_fact (
    notification_id bigint        not null references notification (id) on delete cascade,
    name            varchar(60)   not null,
    content         varchar(1000) not null,
    primary key (notification_id, name)
);

insert into notification_fact (notification_id, name, content)
    select id, 'reference', reference from notification where reference is not null;
insert into notification_fact (notification_id, name, content)
    select id, 'title', title from notification where title is not null;
insert into notification_fact (notification_id, name, content)
    select id, 'state', detail from notification where detail is not null;

alter table notification alter column kind set data type varchar(80);
update notification set kind = case kind
        when 'NEW_REQUEST' then 'request.new-request'
        when 'REPLY' then 'request.reply'
        when 'REQUESTER_REPLY' then 'request.requester-reply'
        when 'STATUS_CHANGED' then 'request.status-changed'
        when 'ASSIGNED' then 'request.assigned'
        when 'INTERNAL_NOTE' then 'request.internal-note'
        when 'REMINDER' then 'request.reminder'
        else kind
    end;

alter table notification drop column reference;
alter table notification drop column title;
alter table notification drop column detail;
alter table notification drop column request_id;
