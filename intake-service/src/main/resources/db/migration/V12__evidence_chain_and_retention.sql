-- Evidence a court can rely on: the raw webhook archive is append-only and chained by hash, what the citizen was
-- told is kept, numbers under an evidence hold are kept past the retention period.

-- The chain. Each archived body links to the one archived before it:
--   row_hash = sha256(prev_hash || '|' || body_sha256 || '|' || received_at (UTC, microseconds) || '|' || id)
-- chain_seq is the order the chain was written in (taken under an advisory lock, so it is the commit order even
-- when two webhooks' ids were drawn the other way round). Changing any archived row, or taking one out, breaks the
-- link from the next row; EvidenceChain verifies it. body_purged_at: the retention job removed the body bytes
-- (the row, its hashes and its place in the chain stay, so the chain still verifies).
alter table raw_webhook add column chain_seq      bigint unique;
alter table raw_webhook add column prev_hash      text;
alter table raw_webhook add column row_hash       text;
alter table raw_webhook add column body_purged_at timestamptz;

-- The one text form of a receive time that goes into a row hash; the verifier writes Instants the same way.
create function evidence_time_text(t timestamptz) returns text language sql immutable as $$
    select to_char(t at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"')
$$;

create function evidence_row_hash(prev text, body_sha text, t timestamptz, row_id bigint) returns text
    language sql immutable as $$
    select encode(sha256(convert_to(coalesce(prev, '') || '|' || body_sha || '|' || evidence_time_text(t) || '|'
        || row_id::text, 'UTF8')), 'hex')
$$;

-- Rows archived before the chain existed are chained now, in id order, as the first links.
do $$
declare
    r record;
    prev text := null;
    seq bigint := 0;
begin
    for r in select id, body_sha256, received_at from raw_webhook order by id loop
        seq := seq + 1;
        update raw_webhook set chain_seq = seq, prev_hash = prev,
                               row_hash = evidence_row_hash(prev, r.body_sha256, r.received_at, r.id)
        where id = r.id;
        prev := evidence_row_hash(prev, r.body_sha256, r.received_at, r.id);
    end loop;
end $$;

-- Every insert links itself to the chain's current head. The transaction-scoped advisory lock serialises the
-- writers of the chain (held to commit, so the next writer sees this row as the head); it is the only lock the
-- webhook's archive insert takes besides its own row.
create function raw_webhook_chain() returns trigger language plpgsql as $$
declare
    head record;
begin
    perform pg_advisory_xact_lock(hashtext('raw_webhook_chain'));
    select chain_seq, row_hash into head from raw_webhook where chain_seq is not null order by chain_seq desc limit 1;
    new.chain_seq := coalesce(head.chain_seq, 0) + 1;
    new.prev_hash := head.row_hash;
    new.row_hash := evidence_row_hash(new.prev_hash, new.body_sha256, new.received_at, new.id);
    new.body_purged_at := null;
    return new;
end $$;
create trigger raw_webhook_chain before insert on raw_webhook for each row execute function raw_webhook_chain();

-- The archived evidence never changes. The processing columns (outcome, error, processed_at, attempts,
-- next_attempt_at, effects, shard_key) do: the archive is also the filing queue. The retention job alone, in a
-- transaction that ran `set local sampark.retention = 'on'`, may empty a body (the bytes go, its hash stays) or
-- delete rows.
create function raw_webhook_append_only() returns trigger language plpgsql as $$
declare
    retention boolean := coalesce(current_setting('sampark.retention', true), '') = 'on';
begin
    if tg_op = 'DELETE' then
        if retention then
            return old;
        end if;
        raise exception 'raw_webhook is append-only: archived webhook % may not be deleted', old.id
            using errcode = 'insufficient_privilege';
    end if;
    if new.id is distinct from old.id or new.received_at is distinct from old.received_at
        or new.signature is distinct from old.signature or new.body_sha256 is distinct from old.body_sha256
        or new.chain_seq is distinct from old.chain_seq or new.prev_hash is distinct from old.prev_hash
        or new.row_hash is distinct from old.row_hash then
        raise exception 'raw_webhook is append-only: the evidence of archived webhook % may not change', old.id
            using errcode = 'insufficient_privilege';
    end if;
    if new.body is distinct from old.body or new.body_purged_at is distinct from old.body_purged_at then
        if not (retention and length(new.body) = 0 and new.body_purged_at is not null) then
            raise exception 'raw_webhook is append-only: the body of archived webhook % may not change', old.id
                using errcode = 'insufficient_privilege';
        end if;
    end if;
    return new;
end $$;
create trigger raw_webhook_append_only before update or delete on raw_webhook
    for each row execute function raw_webhook_append_only();
-- A TRUNCATE skips row triggers; refuse it outright.
create function raw_webhook_no_truncate() returns trigger language plpgsql as $$
begin
    raise exception 'raw_webhook is append-only: it may not be truncated' using errcode = 'insufficient_privilege';
end $$;
create trigger raw_webhook_no_truncate before truncate on raw_webhook
    for each statement execute function raw_webhook_no_truncate();

-- Everything intake told a citizen (citizen.notice), kept for the evidence export: the outbox rows that carried the
-- notices are purged after publication. Copied by a trigger on the outbox, so every notice is recorded in the
-- transaction that emitted it, whichever code emitted it.
create table citizen_notice_sent (
    event_id       uuid        primary key,
    citizen_wa_id  text        not null,
    complaint_id   text,
    kind           text        not null,
    reason         text,
    language       text,
    first_contact  boolean,
    notice_at      timestamptz not null
);
create index citizen_notice_sent_citizen on citizen_notice_sent (citizen_wa_id);

create function citizen_notice_record() returns trigger language plpgsql as $$
declare
    d jsonb := (new.payload::jsonb) -> 'data';
begin
    if d ->> 'citizenWaId' is not null then
        insert into citizen_notice_sent (event_id, citizen_wa_id, complaint_id, kind, reason, language, first_contact,
                                         notice_at)
        values (new.event_id, d ->> 'citizenWaId', d ->> 'complaintId', coalesce(d ->> 'kind', '?'), d ->> 'reason',
                d ->> 'language', (d ->> 'firstContact')::boolean, new.created_at)
        on conflict (event_id) do nothing;
    end if;
    return new;
end $$;
create trigger citizen_notice_record after insert on outbox_event
    for each row when (new.event_type = 'citizen.notice') execute function citizen_notice_record();

-- A number under an evidence hold (a case in court, an FIR) keeps everything past the retention period.
create table evidence_hold (
    wa_id    text        primary key,
    reason   text        not null,
    held_by  text        not null,
    held_at  timestamptz not null
);

-- The retention job finds numbers by their complaints' closure and their last message.
create index inbound_message_citizen on inbound_message (citizen_id, received_at);
create index whatsapp_status_recipient on whatsapp_status (recipient_id);
create index malformed_message_citizen on malformed_message (citizen_id);
