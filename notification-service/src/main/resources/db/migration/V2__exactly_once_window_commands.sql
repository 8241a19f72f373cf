-- Issue 6: exactly once across crashes, the 24-hour window, templates, status queries, clusters.

-- SENDING: claimed and (maybe) handed to the Graph API, result not recorded yet. A row left in SENDING by a crash,
-- or whose send timed out, is IN DOUBT: it may have gone out. It is resent only after a reconciliation window in
-- which a status webhook carrying our id (biz_opaque_callback_data) marks it SENT instead.
alter table outgoing_message drop constraint outgoing_message_state_check;
alter table outgoing_message add constraint outgoing_message_state_check
    check (state in ('WAITING_FOR_CITIZEN', 'PENDING', 'SENDING', 'IN_DOUBT', 'SENT', 'FAILED'));
-- the approved-template form of the same message, sent when the 24-hour window is closed (or after a 131047)
alter table outgoing_message add column template_body text;
-- FREE_FORM or TEMPLATE: what actually went out (or was last tried)
alter table outgoing_message add column sent_as text;
-- a 131047 inside the window: the next attempt must use the template whatever the window says
alter table outgoing_message add column force_template boolean not null default false;
-- how many 131056 (pair rate limit) answers in a row: the next try waits 4^X seconds
alter table outgoing_message add column pair_limit_hits integer not null default 0;
-- when the attempt whose outcome is unknown was made (crash or timeout)
alter table outgoing_message add column in_doubt_since timestamptz;
-- a status webhook for our id arrived with a wamid other than the one we recorded: it went out twice
alter table outgoing_message add column duplicate_wamid text;
drop index outgoing_message_pending;
create index outgoing_message_pending on outgoing_message (recipient, order_at, priority, seq)
    where state in ('PENDING', 'SENDING', 'IN_DOUBT');
create index outgoing_message_failed on outgoing_message (complaint_id) where state = 'FAILED';

-- The 24-hour customer-service window: the last time each citizen wrote to us (complaint.received from WhatsApp,
-- citizen.replied). Only ever moves forward.
create table citizen_window (
    wa_id             text primary key,
    last_inbound_at   timestamptz not null,
    updated_at        timestamptz not null default now()
);

-- The event itself, so a status query can say department, Sampark ID and days pending.
alter table timeline add column payload text;

-- Co-complainants: complaint -> the complaint that leads its cluster (from complaint.routed.clusterId).
create table complaint_cluster (
    member_id   text primary key,
    leader_id   text not null,
    joined_at   timestamptz not null default now()
);
create index complaint_cluster_leader on complaint_cluster (leader_id);
