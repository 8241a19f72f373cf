-- A registered complaint re-routed to another department moves on the portal too: by the portal's transfer call (API
-- mode) or by the Sampark Kendra operator (operator mode), one row per move. While a move is PENDING the complaint
-- belongs to its new department already (the old one may no longer report) but the portal still shows the old one;
-- DONE is when complaint.transferred was emitted. At most one move per complaint is pending: a second re-route before
-- the first is done retargets it.
create table portal_transfer (
    id               bigserial primary key,
    complaint_id     text        not null references registration (complaint_id),
    grievance_id     text        not null,
    from_department  text        not null,
    to_department    text        not null,
    -- API (the bridge calls the portal) or OPERATOR (a person moves it on the portal and confirms here)
    entry_mode       text        not null check (entry_mode in ('API', 'OPERATOR')),
    reason           text        not null check (length(reason) <= 500),
    -- the complaint's transfer count with this one (as complaint.routed said, or counted here)
    transfers        integer     not null,
    state            text        not null check (state in ('PENDING', 'DONE', 'CANCELLED')),
    attempts         integer     not null default 0,
    next_attempt_at  timestamptz not null,
    last_error       text,
    requested_at     timestamptz not null,
    updated_at       timestamptz not null,
    done_at          timestamptz,
    done_by          text
);
create unique index portal_transfer_one_pending on portal_transfer (complaint_id) where state = 'PENDING';
create index portal_transfer_due on portal_transfer (next_attempt_at) where state = 'PENDING' and entry_mode = 'API';

-- The highest re-route count complaint.routed has carried for the complaint: an older routing decision published
-- again (a lower count) moves nothing back.
alter table registration add column routed_transfers integer not null default 0;
