-- Issue 8: a citizen may withdraw a complaint. A registration not yet made is WITHDRAWN (never sent, off the
-- operator's queue); one already made stays REGISTERED and its withdrawal waits in complaint_withdrawal until the
-- operator has closed the grievance on the portal. complaint_withdrawal is keyed by complaint ID and written even
-- when the bridge has not seen the complaint yet (a withdrawal can overtake complaint.routed).
alter table registration drop constraint registration_state_check;
alter table registration add constraint registration_state_check check (state in ('PENDING', 'REGISTERED', 'WITHDRAWN'));

create table complaint_withdrawal (
    complaint_id         text primary key,
    withdrawn_by         text        not null,
    reason               text,
    withdrawn_at         timestamptz not null,
    recorded_at          timestamptz not null default now(),
    -- set when the operator has closed the grievance on the portal (as Filed); null while still to do
    closed_on_portal_at  timestamptz,
    closed_by            text
);
create index complaint_withdrawal_to_close on complaint_withdrawal (withdrawn_at) where closed_on_portal_at is null;
