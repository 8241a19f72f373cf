-- A row the broker will never take (too large, an invalid topic) is set aside instead of being retried in front of
-- every later event: the relay stamps set_aside_at and the producer's reason, and goes on with the rows behind it.
-- Replay one by clearing the mark: update outbox_event set set_aside_at = null, set_aside_reason = null where id = …
alter table outbox_event add column set_aside_at timestamptz;
alter table outbox_event add column set_aside_reason text;

-- The relay's queue is what is neither published nor set aside.
drop index outbox_event_unpublished;
create index outbox_event_unpublished on outbox_event (id) where published_at is null and set_aside_at is null;
create index outbox_event_set_aside on outbox_event (id) where published_at is null and set_aside_at is not null;
