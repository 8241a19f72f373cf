-- Issue 8: a citizen may withdraw a complaint. The routing decision keeps when (the complaint leaves the triage
-- queue, a routed one is marked), the history says why, and complaint_withdrawal remembers every withdrawal by
-- complaint ID even before routing has seen the complaint (complaint.received and complaint.withdrawn are separate
-- topics, so a withdrawal can overtake the complaint it withdraws).
alter table routing_decision add column withdrawn_at timestamptz;

alter table routing_history drop constraint routing_history_action_check;
alter table routing_history add constraint routing_history_action_check
    check (action in ('CLASSIFIED', 'QUEUED_FOR_TRIAGE', 'ASSIGNED', 'REROUTED', 'CLAIMED', 'WITHDRAWN'));

create table complaint_withdrawal (
    complaint_id  text primary key,
    withdrawn_by  text        not null,
    reason        text,
    withdrawn_at  timestamptz not null,
    recorded_at   timestamptz not null default now()
);
