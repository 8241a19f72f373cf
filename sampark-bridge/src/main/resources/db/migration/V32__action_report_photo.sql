-- Photos an officer took of the work, sent with the action-taken report from the console (a phone's camera, no
-- file server of the department's own): kept here and linked from the report like any department's photo URL.
create table action_report_photo (
    complaint_id    text        not null,
    sha256          text        not null,
    department_code text        not null,
    content_type    text        not null,
    bytes           bytea       not null,
    uploaded_by     text        not null,
    uploaded_at     timestamptz not null,
    primary key (complaint_id, sha256)
);
