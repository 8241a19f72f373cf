-- Who to write to about a complaint: the citizen's WhatsApp id and language, learnt from complaint.received
-- (the only event that carries them).
create table citizen_contact (
    complaint_id  text primary key,
    wa_id         text        not null,
    language      text        not null,
    channel       text,
    known_at      timestamptz not null default now()
);
create index citizen_contact_wa_id on citizen_contact (wa_id);

-- Every complaint event seen, in one place, for status queries ("what happened to my complaint?").
create table timeline (
    id            bigserial primary key,
    complaint_id  text        not null,
    event_id      uuid        not null unique,
    type          text        not null,
    occurred_at   timestamptz not null,
    summary       text        not null,
    recorded_at   timestamptz not null default now()
);
create index timeline_complaint on timeline (complaint_id, occurred_at);

-- At most one message per (complaint, event): cause_event_id is unique. The row is written in the consumer's
-- transaction and sent afterwards by the sender, so a crash never loses a message and a redelivery never adds one.
create table outgoing_message (
    id                    uuid primary key,
    -- insertion order; ties between events of the same instant are broken by it
    seq                   bigserial   not null unique,
    complaint_id          text        not null,
    cause_event_id        uuid        not null unique,
    cause_type            text        not null,
    -- when the cause happened
    cause_time            timestamptz not null,
    -- one recipient's messages go out in (order_at, priority, seq) order: order_at is the cause's time, but
    -- never before the complaint's acknowledgement (priority 0), so a message that waited for the citizen
    -- follows the acknowledgement that released it
    order_at              timestamptz not null,
    priority              smallint    not null,
    -- the cause event as received, so a waiting message can be composed once the citizen is known
    cause_payload         text        not null,
    kind                  text        not null,
    state                 text        not null
        check (state in ('WAITING_FOR_CITIZEN', 'PENDING', 'SENT', 'FAILED')),
    -- wa_id digits; null while WAITING_FOR_CITIZEN
    recipient             text,
    language              text,
    -- the exact JSON sent to the Graph API (text, not jsonb: byte for byte what went out)
    body                  text,
    attempts              integer     not null default 0,
    next_attempt_at       timestamptz not null default now(),
    -- a sender that claimed the row owns it until then; after a crash another sender takes it over
    claimed_until         timestamptz,
    last_error_code       integer,
    last_error            text,
    wamid                 text unique,
    delivery_status       text,
    delivery_status_at    timestamptz,
    created_at            timestamptz not null default now(),
    sent_at               timestamptz,
    failed_at             timestamptz
);
create index outgoing_message_pending on outgoing_message (recipient, order_at, priority, seq) where state = 'PENDING';
create index outgoing_message_waiting on outgoing_message (complaint_id) where state = 'WAITING_FOR_CITIZEN';
