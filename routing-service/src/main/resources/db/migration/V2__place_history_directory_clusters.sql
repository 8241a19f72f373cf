-- Place, explanation and cluster of each routing decision.
alter table routing_decision add column tehsil text;
alter table routing_decision add column block text;
alter table routing_decision add column village text;
alter table routing_decision add column place_urban boolean not null default false;
alter table routing_decision add column place_evidence text;
alter table routing_decision add column latitude double precision;
alter table routing_decision add column longitude double precision;
-- suggestions as "CODE:0.62,CODE:0.21" for the triage queue (small, read by people, never queried by value)
alter table routing_decision add column suggestions text not null default '';
alter table routing_decision add column contact_number text;
alter table routing_decision add column cluster_id text;
alter table routing_decision add column assigned_to text;
alter table routing_decision add column updated_at timestamptz;
create index routing_decision_outcome on routing_decision (outcome, decided_at);
create index routing_decision_cluster on routing_decision (department_code, village, decided_at);

-- Every decision about a complaint, in order, and who made it: the classifier, or an operator with a reason.
create table routing_history (
    id               bigserial primary key,
    complaint_id     text        not null references routing_decision (complaint_id),
    action           text        not null check (action in ('CLASSIFIED', 'QUEUED_FOR_TRIAGE', 'ASSIGNED', 'REROUTED', 'CLAIMED')),
    department_code  text,
    previous_department text,
    confidence       double precision,
    reason           text,
    decided_by       text        not null,
    decided_at       timestamptz not null default now()
);
create index routing_history_complaint on routing_history (complaint_id, id);

-- Department x jurisdiction -> officers L1..L4. Jurisdiction is a district, tehsil, block or municipal body, so
-- more districts fit without a schema change.
create table officer (
    id                 bigserial primary key,
    district           text not null,
    department_code    text not null,
    jurisdiction_type  text not null check (jurisdiction_type in ('DISTRICT', 'TEHSIL', 'BLOCK', 'MUNICIPALITY')),
    jurisdiction       text not null,
    level              text not null check (level in ('L1', 'L2', 'L3', 'L4')),
    designation        text not null,
    name               text,
    phone              text,
    email              text,
    updated_by         text,
    updated_at         timestamptz not null default now(),
    unique (district, department_code, jurisdiction_type, jurisdiction, level)
);
