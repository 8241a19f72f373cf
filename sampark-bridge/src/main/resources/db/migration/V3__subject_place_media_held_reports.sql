-- What complaint.routed now carries for the portal form: routing's subject code within the department (null when
-- routing could not tell), the ward (towns) or gram panchayat (villages) when known, and the content hashes of
-- the complaint's media (comma separated hex digests) for the portal's attachments.
alter table registration add column subject_code text;
alter table registration add column ward text;
alter table registration add column gram_panchayat text;
alter table registration add column media_ids text not null default '';

-- A department's action-taken report for a complaint that is routed to it but has no grievance ID yet: held here
-- and applied, in the transaction that registers the complaint, as exactly one complaint.action-reported (the
-- report ID stays the key in action_report, so a redelivered report is still one report).
create table held_action_report (
    report_id        text primary key,
    complaint_id     text        not null references registration (complaint_id),
    department_code  text        not null,
    source           text        not null,
    submitted_by     text        not null,
    -- the report as received (ActionReportRequest as JSON), checked before it was held
    request          text        not null,
    held_at          timestamptz not null
);
create index held_action_report_complaint on held_action_report (complaint_id);
