-- Verification's own view of a complaint: only what it needs to check fixes and move the complaint on.
-- Created by whichever arrives first, the registration or an action report (the topics are not ordered
-- against each other), so the registration's fields may be filled in later.
create table tracked_complaint (
    complaint_id      text primary key,
    department_code   text,
    grievance_id      text,
    state             text        not null check (state in
                          ('REGISTERED', 'ACTION_REPORTED', 'VERIFYING', 'REOPENED', 'CLOSED')),
    escalation_level  int         not null default 1 check (escalation_level between 1 and 4),
    registered_at     timestamptz,
    state_changed_at  timestamptz not null default now(),
    created_at        timestamptz not null default now()
);
create index tracked_complaint_department_state on tracked_complaint (department_code, state);

-- One check of one reported fix. report_id is unique: the same action report, however often it is
-- delivered or re-published, is verified once.
create table verification (
    id                  uuid        primary key,
    complaint_id        text        not null references tracked_complaint (complaint_id),
    report_id           text        not null unique,
    department_code     text,
    outcome             text        not null,
    remarks             text,
    officer             text,
    reported_at         timestamptz,
    state               text        not null check (state in
                            ('AWAITING_CITIZEN', 'FIELD_CHECK_PENDING', 'CONFIRMED', 'DISPUTED', 'SUPERSEDED')),
    citizen_answer      text        check (citizen_answer in ('FIXED', 'NOT_FIXED', 'DONT_KNOW')),
    -- the WhatsApp message id of the citizen's answer: evidence of who said what, and when
    answer_message_id   text,
    requested_at        timestamptz not null,
    answered_at         timestamptz
);
create index verification_complaint on verification (complaint_id, requested_at);
-- At most one open check per complaint: a reply always has exactly one verification it can answer.
create unique index verification_one_open_per_complaint on verification (complaint_id)
    where state in ('AWAITING_CITIZEN', 'FIELD_CHECK_PENDING');
