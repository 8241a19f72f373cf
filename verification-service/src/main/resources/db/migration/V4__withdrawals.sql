-- Issue 8: a citizen may withdraw a complaint. It then leaves every clock (no escalation, no officer or citizen
-- reminder, no field check) and shows WITHDRAWN; a check still open is WITHDRAWN too, and an action report that
-- comes afterwards is kept as a WITHDRAWN check (recorded, never asked about).
alter table tracked_complaint drop constraint tracked_complaint_state_check;
alter table tracked_complaint add constraint tracked_complaint_state_check check (state in
    ('REGISTERED', 'ACTION_REPORTED', 'VERIFYING', 'REOPENED', 'CLOSED', 'WITHDRAWN'));
alter table tracked_complaint add column withdrawn_at timestamptz;

alter table verification drop constraint verification_state_check;
alter table verification add constraint verification_state_check check (state in
    ('AWAITING_CITIZEN', 'FIELD_CHECK_PENDING', 'CONFIRMED', 'DISPUTED', 'SUPERSEDED', 'FALSE_COMPLAINT', 'WITHDRAWN'));
