-- Rate limits shared by every instance of the service (messaging-kit's SharedRateLimiter): one row per limit (the
-- WhatsApp business number, one citizen, the Sampark portal's registrations), holding the time in µs on the database's
-- clock at which its bucket is full again. Each take is one upsert of its row; a row whose time has passed means the
-- same as no row and is purged.
create table rate_limit_bucket (
    bucket            text    primary key check (length(bucket) between 1 and 200),
    tat_micros        bigint  not null,
    -- what the last statement decided, and at which "now": returned to the taker (PostgreSQL 15 cannot return the old row)
    granted           boolean not null,
    decided_at_micros bigint  not null
) with (fillfactor = 50); -- one busy row updated up to a thousand times a second: room on its page for HOT updates
