-- A citizen who tapped "not fixed" is asked why, and for a photo. For a while their next text is that reason
-- and their photos are its evidence, not a new complaint. One row per number: the latest dispute wins.
create table awaited_reason (
    citizen_wa_id     text primary key,
    complaint_id      text        not null,
    asked_at          timestamptz not null,
    expires_at        timestamptz not null,
    -- set once the reason text has come: later texts are new matters again, photos are still evidence
    reason_given_at   timestamptz
);
