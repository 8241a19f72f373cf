-- A blocked number is told once per blocking: set when told, cleared when the number is blocked again.
alter table blocked_number add column notified_at timestamptz;
create index inbound_message_blocked on inbound_message (citizen_id, received_at) where outcome = 'BLOCKED';

-- Media whose download failed in a way that may pass (Graph 5xx, timeout), fetched again by media id with backoff
-- until it is stored or the media id (seven days) or the attempts run out. One row per complaint part.
create table media_retry (
    id               bigserial primary key,
    complaint_id     text        not null references complaint (complaint_id),
    wamid            text        not null,
    media_type       text        not null,
    media_id         text        not null,
    declared_sha256  text,
    attempts         integer     not null default 0,
    first_failed_at  timestamptz not null default now(),
    next_attempt_at  timestamptz not null,
    last_error       text,
    -- null while queued; STORED or GAVE_UP once done
    outcome          text,
    done_at          timestamptz,
    unique (wamid, media_id)
);
create index media_retry_due on media_retry (next_attempt_at) where outcome is null;
