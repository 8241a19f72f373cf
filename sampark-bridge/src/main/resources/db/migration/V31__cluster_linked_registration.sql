-- A cluster is one problem: only its leader is registered on Rajasthan Sampark. Every other report of it is LINKED to
-- the leader's registration and shares its grievance (announced with the leader's number, never registered itself).
alter table registration add column leader_complaint_id text;
alter table registration drop constraint registration_state_check;
alter table registration add constraint registration_state_check
    check (state in ('PENDING', 'REGISTERED', 'WITHDRAWN', 'LINKED'));
alter table registration add constraint registration_linked_has_leader
    check (state <> 'LINKED' or leader_complaint_id is not null);
create index registration_cluster_members on registration (leader_complaint_id) where state = 'LINKED';
