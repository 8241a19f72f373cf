-- A message in a webhook that could not be understood (no id, no sender, no type, a text without words, a pin
-- without readable coordinates): kept with the reason so an operator can see it, while the rest of the webhook is
-- filed. Keyed by the body and the message's place in it, so a redelivery of the same body adds nothing.
create table malformed_message (
    id              bigserial primary key,
    raw_webhook_id  bigint      not null references raw_webhook (id),
    body_sha256     text        not null,
    position        text        not null,
    wamid           text,
    citizen_id      text,
    message_type    text,
    reason          text        not null,
    recorded_at     timestamptz not null default now(),
    unique (body_sha256, position)
);

-- When each number was last told that we cannot take a sticker, reaction, contact card, order or the like: at
-- most one such answer per period, so a burst of stickers gets one.
create table unsupported_message_notice (
    citizen_wa_id   text        primary key,
    noticed_at      timestamptz not null
);
