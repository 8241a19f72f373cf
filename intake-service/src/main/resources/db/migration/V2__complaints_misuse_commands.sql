-- Complaints from other front doors (operator, Open311) have no WhatsApp message.
alter table complaint alter column wamid drop not null;

-- A complaint is assembled from several messages sent within a short window (DRAFT until the window closes).
alter table complaint add column window_closes_at timestamptz;
alter table complaint add column first_contact    boolean;
alter table complaint add column quarantine_reason text;
alter table complaint add column linked_to        text;
alter table complaint add column decided_by       text;
alter table complaint add column decided_at       timestamptz;
alter table complaint add column decision_note    text;
alter table complaint add column transcribed_by   text;
alter table complaint add column service_code     text;
alter table complaint add column reporter_name    text;
alter table complaint add column updated_at       timestamptz;
create index complaint_draft_due on complaint (window_closes_at) where status = 'DRAFT';
create index complaint_status on complaint (status);
create index complaint_received_at on complaint (received_at);

-- Every message that went into a complaint (text, photos, voice notes, documents, location), in order.
create table complaint_part (
    id             bigserial primary key,
    complaint_id   text        not null references complaint (complaint_id),
    wamid          text        references inbound_message (wamid),
    message_type   text        not null,
    text           text,
    media_id       text,
    media_mime_type text,
    media_sha256_webhook text,
    media_sha256   text,
    media_size     bigint,
    media_error    text,
    voice          boolean,
    received_at    timestamptz not null
);
create index complaint_part_complaint on complaint_part (complaint_id);

-- One row per citizen number: the lock that serialises one citizen's messages (albums arrive as parallel
-- webhooks), whether the welcome was given, and the "False Case" flag.
create table citizen (
    wa_id            text primary key,
    first_seen_at    timestamptz not null default now(),
    welcomed_at      timestamptz,
    false_case_count integer     not null default 0,
    flagged_at       timestamptz,
    flag_reason      text
);

create table blocked_number (
    wa_id       text primary key,
    reason      text        not null,
    blocked_by  text        not null,
    blocked_at  timestamptz not null default now()
);

-- What intake decided about a number's messages and complaints, and who decided: part of the evidence.
create table intake_decision (
    id             bigserial primary key,
    citizen_wa_id  text,
    complaint_id   text,
    wamid          text,
    decision       text        not null,
    reason         text,
    actor          text        not null,
    decided_at     timestamptz not null default now()
);
create index intake_decision_citizen on intake_decision (citizen_wa_id);

-- Content-addressed media store index: the file lives at <root>/<sha256[0:2]>/<sha256>.
create table media_object (
    sha256      text primary key,
    mime_type   text,
    size_bytes  bigint      not null,
    stored_at   timestamptz not null default now()
);
