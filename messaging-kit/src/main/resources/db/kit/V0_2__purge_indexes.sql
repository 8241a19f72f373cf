-- The hourly purges delete by age; without these they read the whole table, which the growth benchmark
-- (a million past events) showed as full scans of processed_event and outbox_event.
create index processed_event_age on processed_event (processed_at);
create index outbox_event_published on outbox_event (published_at) where published_at is not null;
