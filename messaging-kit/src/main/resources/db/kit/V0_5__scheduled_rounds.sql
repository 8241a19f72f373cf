-- Which instance ran each scheduled job's latest round (schedule.RoundClaim). With several instances of a service on
-- one database, a job runs once per round, on the instance that claims the round first: the round is
-- floor(the database's clock in epoch milliseconds / the job's interval), and a claim only ever moves a job's row to
-- a later round, in one statement, so of two instances racing for the same round exactly one wins.
-- interval_ms is kept beside the round so that two instances configured with different intervals (during a rolling
-- change of the setting) compare the rounds' start times, round * interval_ms, rather than numbers on two scales.
-- claimed_by is for ops: which instance ran the job last (host/pid/start), and when.
create table scheduled_round (
    job          text        primary key,
    round        bigint      not null,
    interval_ms  bigint      not null check (interval_ms > 0),
    claimed_at   timestamptz not null,
    claimed_by   text        not null
);
