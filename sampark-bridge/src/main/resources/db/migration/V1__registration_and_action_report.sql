-- One complaint -> at most one Sampark registration (the primary key says so, not application code).
create table registration (
    complaint_id     text primary key,
    department_code  text        not null,
    subject          text        not null,
    description      text        not null,
    contact_number   text,
    district         text        not null,
    tehsil           text,
    block            text,
    village          text,
    latitude         double precision,
    longitude        double precision,
    state            text        not null check (state in ('PENDING', 'REGISTERED')),
    -- API (the adapter registered it) or OPERATOR (a person entered it on the portal; later issue)
    mode             text,
    -- Sampark grievance IDs are digit strings of varying length with meaningful leading zeros: text, never a number.
    grievance_id     text unique check (grievance_id ~ '^[0-9]+$'),
    -- A registration request may have reached the portal without its answer reaching us: the reference
    -- must be looked up at the portal before this complaint is ever registered again.
    ambiguous        boolean     not null default false,
    attempts         integer     not null default 0,
    next_attempt_at  timestamptz not null default now(),
    last_error       text,
    routed_at        timestamptz,
    created_at       timestamptz not null default now(),
    updated_at       timestamptz not null default now(),
    registered_at    timestamptz
);
create index registration_due on registration (next_attempt_at) where state = 'PENDING';
create index registration_department on registration (department_code);

-- A department's action-taken report. report_id is the caller's idempotency key: the same report twice
-- is one row and one event.
create table action_report (
    report_id        text primary key,
    complaint_id     text        not null references registration (complaint_id),
    department_code  text        not null,
    grievance_id     text        not null,
    outcome          text        not null check (outcome in ('RELIEF', 'INTERIM_RELIEF', 'REJECTED', 'FALSE_CASE', 'FILED', 'NOT_POSSIBLE')),
    remarks          text        not null,
    officer          text        not null,
    -- the authenticated account that filed it (may differ from the officer named in the report)
    submitted_by     text        not null,
    source           text        not null,
    reported_at      timestamptz not null default now()
);
create index action_report_complaint on action_report (complaint_id);
