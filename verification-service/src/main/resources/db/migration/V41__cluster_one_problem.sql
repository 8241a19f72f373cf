-- A cluster is one problem: a member complaint shares its leader's grievance, has no clock of its own and follows
-- the leader to closure; its citizen is asked about the leader's fix like the leader's own.
alter table tracked_complaint add column cluster_leader_id text;
create index tracked_complaint_cluster on tracked_complaint (cluster_leader_id) where cluster_leader_id is not null;

-- Who was asked about one check of a cluster's leader, and what each answered (null: not yet). The leader's check
-- takes the cluster's combined answer (ClusterAnswerRule) once there is one.
create table cluster_answer (
    verification_id uuid        not null references verification (id),
    complaint_id    text        not null,
    answer          text,
    message_id      text,
    asked_at        timestamptz not null,
    answered_at     timestamptz,
    primary key (verification_id, complaint_id)
);
