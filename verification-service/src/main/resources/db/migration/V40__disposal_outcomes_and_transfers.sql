-- A department's disposal now means what Sampark means by it: interim relief keeps the complaint open to its date,
-- Rejected / Not Possible / Filed offer the citizen an appeal, False Case is field-checked first; and a complaint
-- Sampark moved to another department follows it.

-- Widened, not restated: other changes to this list are made at the same time in lower versions, and restating the
-- list here would drop their states again.
do $$
declare
    existing text;
begin
    select pg_get_constraintdef(c.oid) into existing
    from pg_constraint c
    where c.conrelid = 'verification'::regclass and c.conname = 'verification_state_check';
    alter table verification drop constraint verification_state_check;
    -- existing is 'CHECK (<expression>)'; keep its expression beside the new states
    execute 'alter table verification add constraint verification_state_check check (state in ('
        || '''APPEAL_OFFERED'', ''DISPOSAL_ACCEPTED'', ''DISPOSAL_UNANSWERED'', ''APPEALED'', ''INTERIM'', ''TRANSFERRED'')'
        || ' or ' || substring(existing from 7) || ')';
end $$;

-- An appeal offer is open like a question to the citizen: at most one open check per complaint.
drop index verification_one_open_per_complaint;
create unique index verification_one_open_per_complaint on verification (complaint_id)
    where state in ('AWAITING_CITIZEN', 'FIELD_CHECK_PENDING', 'APPEAL_OFFERED');
-- silence_due_at of an appeal offer: when the citizen's silence decides
create index verification_appeal_due on verification (silence_due_at) where state = 'APPEAL_OFFERED';

alter table verification
    -- the citizen's answer to an appeal offer (its message id is answer_message_id)
    add column disposal_answer text check (disposal_answer in ('ACCEPT', 'APPEAL')),
    -- interim relief: the date the department said it will finish by
    add column expected_by date;

alter table tracked_complaint
    add column transfers int not null default 0,
    add column previous_department_code text,
    add column transferred_at timestamptz;
