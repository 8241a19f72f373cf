-- The department side of a complaint. Officers are named people with a WhatsApp number (the directory file the district
-- maintains), so routing can tell the right one about a complaint in their charge.
alter table officer add column whatsapp text;

-- What routing must remember to tell the right officer and count re-routes: the municipal body (a town's LSG post is
-- the municipality's), how often the complaint changed department (CPGRAMS allows three transfers), when the bridge
-- registered it (after that a move is the portal's transfer, told by complaint.transferred), and why it waits in
-- triage (the classifier was unsure, or it was transferred three times and the grievance cell decides).
alter table routing_decision add column municipal_body text;
alter table routing_decision add column transfers integer not null default 0;
alter table routing_decision add column registered_at timestamptz;
alter table routing_decision add column triage_reason text;

alter table routing_history drop constraint routing_history_action_check;
alter table routing_history add constraint routing_history_action_check
    check (action in ('CLASSIFIED', 'QUEUED_FOR_TRIAGE', 'ASSIGNED', 'REROUTED', 'CLAIMED', 'WITHDRAWN', 'TRANSFERRED'));

-- Every officer notice routing decided on, one row per trigger (the trigger key is the complaint, what happened, the
-- department, the level and when it happened), so an event re-published under a new id tells nobody twice. A row
-- without an officer says the directory had nobody to tell.
create table officer_notice (
    id              bigserial primary key,
    trigger_key     text        not null unique,
    complaint_id    text        not null,
    kind            text        not null,
    department_code text        not null,
    level           integer     not null,
    tehsil          text,
    officer_id      bigint,
    match           text        not null check (match in ('LOCAL', 'DISTRICT_WIDE', 'NONE')),
    noticed_at      timestamptz not null
);
create index officer_notice_complaint on officer_notice (complaint_id, id);
