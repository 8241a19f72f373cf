-- The reliability tables every service has. Each service lists db/kit beside its own db/migration.

-- Transactional outbox: a service writes its state change and the events it emits in one transaction;
-- the relay publishes rows in id order and stamps published_at.
create table outbox_event (
    id            bigserial primary key,
    event_id      uuid        not null unique,
    topic         text        not null,
    message_key   text,
    event_type    text        not null,
    payload       text        not null,
    created_at    timestamptz not null default now(),
    published_at  timestamptz
);
create index outbox_event_unpublished on outbox_event (id) where published_at is null;

-- Inbox: one row per (consumer, event) handled, written in the same transaction as the handler's
-- effect, so a redelivered event is recognised and skipped.
create table processed_event (
    consumer      text        not null,
    event_id      uuid        not null,
    processed_at  timestamptz not null default now(),
    primary key (consumer, event_id)
);
