-- Every webhook whose signature was valid, byte for byte as it arrived: WhatsApp keeps no history,
-- so this is the evidence and the source for re-processing. Committed before the webhook is answered.
create table raw_webhook (
    id            bigserial primary key,
    received_at   timestamptz not null default now(),
    signature     text        not null,
    body          bytea       not null,
    body_sha256   text        not null,
    -- null while stored only; ACCEPTED or INVALID_JSON once looked at
    outcome       text,
    error         text,
    processed_at  timestamptz
);
create index raw_webhook_received on raw_webhook (received_at);

-- One row per WhatsApp message id (wamid): the insert that wins the unique key is the only one that acts,
-- however often and however concurrently the same message is delivered.
create table inbound_message (
    wamid            text primary key,
    citizen_id       text        not null,
    message_type     text        not null,
    phone_number_id  text,
    raw_webhook_id   bigint      references raw_webhook (id),
    outcome          text        not null default 'PENDING',
    complaint_id     text,
    sent_at          timestamptz,
    received_at      timestamptz not null default now()
);

-- Readable complaint numbers: JAL-2026-000001. Gaps are possible (a rolled-back transaction), repeats are not.
create sequence complaint_number_seq start with 1 increment by 1;

create table complaint (
    complaint_id      text primary key,
    wamid             text        not null unique references inbound_message (wamid),
    citizen_wa_id     text        not null,
    channel           text        not null,
    message_type      text        not null,
    text              text,
    language          text        not null,
    latitude          double precision,
    longitude         double precision,
    location_name     text,
    location_address  text,
    media_id          text,
    media_mime_type   text,
    contact_number    text,
    status            text        not null,
    received_at       timestamptz not null
);
create index complaint_citizen on complaint (citizen_wa_id);

-- Delivery statuses of the messages we sent, once per (message, status): WhatsApp re-delivers them too.
create table whatsapp_status (
    message_id    text        not null,
    status        text        not null,
    recipient_id  text,
    status_at     timestamptz,
    received_at   timestamptz not null default now(),
    primary key (message_id, status)
);
