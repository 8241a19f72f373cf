-- Every grievance a complaint has had on the portal. A reopened complaint is registered again, linked to the
-- earlier grievance; the old IDs stay here so a look-up by reference never adopts an old grievance as the new one,
-- and so no grievance ID is ever given to two complaints (primary key).
create table portal_grievance (
    grievance_id          text primary key check (grievance_id ~ '^[0-9]+$'),
    complaint_id          text        not null references registration (complaint_id),
    previous_grievance_id text,
    mode                  text        not null,
    registered_at         timestamptz not null
);
create index portal_grievance_complaint on portal_grievance (complaint_id);
insert into portal_grievance (grievance_id, complaint_id, mode, registered_at)
select grievance_id, complaint_id, coalesce(mode, 'API'), coalesce(registered_at, now())
from registration where grievance_id is not null;

-- How this complaint reaches the portal, fixed when it is accepted (per district by configuration):
-- API (the registrar) or OPERATOR (a Sampark Kendra operator enters it by hand and records the ID).
alter table registration add column entry_mode text not null default 'API' check (entry_mode in ('API', 'OPERATOR'));
-- Set while a reopened complaint waits to be registered again: the new grievance is linked to it.
alter table registration add column previous_grievance_id text;
alter table registration add column reopen_count integer not null default 0;
-- Since when it has been waiting for (re-)registration: the age metric and the operator queue's order.
alter table registration add column queued_at timestamptz;
update registration set queued_at = created_at;
-- The last status the portal showed for the current grievance (API mode polling), and when it changed there.
alter table registration add column portal_status text;
alter table registration add column portal_updated_at timestamptz;
create index registration_operator_queue on registration (queued_at) where state = 'PENDING' and entry_mode = 'OPERATOR';

-- Photos with GPS on a report, as a JSON array of {url, sha256, location:{latitude, longitude}}.
alter table action_report add column photos text;

-- API mode polling: the portal's updatedAt up to which every change has been seen.
create table portal_poll (
    name      text primary key,
    watermark timestamptz not null
);
