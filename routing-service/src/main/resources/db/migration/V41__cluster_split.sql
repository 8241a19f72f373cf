-- The grievance cell can split a complaint that was wrongly put in a cluster. Routing remembers which leader it was
-- split from, so that no later automatic decision (a re-route back to the same department) joins the two again, and
-- the history says who split it and why.
alter table routing_decision add column split_from text;

alter table routing_history drop constraint routing_history_action_check;
alter table routing_history add constraint routing_history_action_check
    check (action in ('CLASSIFIED', 'QUEUED_FOR_TRIAGE', 'ASSIGNED', 'REROUTED', 'CLAIMED', 'WITHDRAWN', 'TRANSFERRED',
                      'SPLIT'));
