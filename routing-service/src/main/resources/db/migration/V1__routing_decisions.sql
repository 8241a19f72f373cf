-- One routing decision per complaint: the department (or triage), why, and the inputs it was made on.
create table routing_decision (
    complaint_id     text primary key,
    outcome          text        not null check (outcome in ('ROUTED', 'NEEDS_TRIAGE')),
    department_code  text,
    confidence       double precision not null,
    matched_terms    text        not null default '',
    decided_by       text        not null,
    text             text,
    language         text,
    decided_at       timestamptz not null default now()
);
create index routing_decision_department on routing_decision (department_code);
