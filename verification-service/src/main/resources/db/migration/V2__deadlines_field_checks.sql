-- Issue 5: every deadline is a column, evaluated against the service's clock by a scheduler, so the
-- clocks survive restarts.
alter table tracked_complaint
    add column subject text,
    -- when the department must have acted at its current level; null while nothing is due (verifying, closed)
    add column due_at timestamptz,
    add column deadline_reminded_at timestamptz,
    add column resolution text,
    add column closed_at timestamptz,
    add column marked_false boolean not null default false,
    add column interim_reason text,
    add column interim_expected_by date,
    add column interim_officer text,
    add column interim_at timestamptz;
create index tracked_complaint_due on tracked_complaint (due_at) where state in ('REGISTERED', 'REOPENED');

alter table verification drop constraint verification_state_check;
alter table verification add constraint verification_state_check check (state in
    ('AWAITING_CITIZEN', 'FIELD_CHECK_PENDING', 'CONFIRMED', 'DISPUTED', 'SUPERSEDED', 'FALSE_COMPLAINT'));
alter table verification
    add column photos text,
    add column reminder_due_at timestamptz,
    add column reminded_at timestamptz,
    add column silence_due_at timestamptz,
    -- the department said fixed and it was not: counts against the department and the officer
    add column false_closure boolean not null default false,
    add column awaiting_reason boolean not null default false,
    add column dispute_reason text,
    add column verified_at timestamptz;
create index verification_citizen_due on verification (reminder_due_at, silence_due_at) where state = 'AWAITING_CITIZEN';

-- Where the complaint is, as routing placed it; the field verifier's evidence must be near it.
create table complaint_place (
    complaint_id text primary key,
    latitude     double precision,
    longitude    double precision,
    village      text,
    tehsil       text
);

-- A visit by a field verifier. At most one live check per verification.
create table field_check (
    id              uuid primary key,
    complaint_id    text        not null references tracked_complaint (complaint_id),
    verification_id uuid        not null references verification (id),
    department_code text,
    reason          text        not null,
    verifier        text        not null,
    state           text        not null check (state in
                        ('ASSIGNED', 'PASSED', 'FAILED', 'FALSE_COMPLAINT', 'FLAGGED', 'CANCELLED')),
    assigned_at     timestamptz not null,
    verdict         text        check (verdict in ('FIXED', 'NOT_FIXED', 'FALSE_COMPLAINT')),
    remarks         text,
    photo           bytea,
    photo_type      text,
    photo_sha256    text,
    photo_latitude  double precision,
    photo_longitude double precision,
    device_latitude double precision,
    device_longitude double precision,
    distance_metres double precision,
    flag_reason     text,
    completed_at    timestamptz
);
create unique index field_check_one_per_verification on field_check (verification_id) where state <> 'CANCELLED';
create index field_check_verifier on field_check (verifier, state);
