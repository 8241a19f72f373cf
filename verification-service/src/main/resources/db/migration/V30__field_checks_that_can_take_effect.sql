-- A field check can take effect without the citizen's pin: routing's place (village, gram panchayat, the village's
-- centroid or the town's centre, and what kind of place it is) is kept beside the pin, and the evidence is compared
-- with whichever there is, with a radius to suit it.
alter table complaint_place
    add column gram_panchayat  text,
    add column place_latitude  double precision,
    add column place_longitude double precision,
    add column place_kind      text;

-- Verifiers are chosen from the district's directory by tehsil; every check has a visit deadline, a flagged one a
-- review deadline, and the grievance cell's review (accept, redo, reassign) is recorded on it. A redone or
-- reassigned check is SET_ASIDE (its evidence kept) and points to the check that replaced it.
alter table field_check drop constraint field_check_state_check;
alter table field_check add constraint field_check_state_check check (state in
    ('ASSIGNED', 'PASSED', 'FAILED', 'FALSE_COMPLAINT', 'FLAGGED', 'CANCELLED', 'SET_ASIDE'));
drop index field_check_one_per_verification;
create unique index field_check_one_per_verification on field_check (verification_id)
    where state not in ('CANCELLED', 'SET_ASIDE');
alter table field_check
    add column tehsil          text,
    add column district_wide   boolean not null default false,
    -- why a district-wide verifier went (no one covers the tehsil, or it is not known)
    add column assignment_note text,
    add column due_at          timestamptz,
    -- what the evidence was compared with (PIN, VILLAGE, CENSUS_TOWN, TOWN, PLACE_OF_UNKNOWN_KIND, NONE) and how close
    -- it had to be
    add column compared_with   text,
    add column radius_metres   double precision,
    add column review_due_at   timestamptz,
    add column review          text check (review in ('ACCEPTED', 'REDONE', 'REASSIGNED', 'REVIEW_OVERDUE')),
    add column reviewed_by     text,
    add column reviewed_at     timestamptz,
    add column review_note     text,
    add column replaces        uuid references field_check (id),
    add column replaced_by     uuid references field_check (id);
-- Checks already out get the default deadlines (visit within 7 days of assignment, review within 3 of the flag).
update field_check set due_at = assigned_at + interval '7 days' where state = 'ASSIGNED';
update field_check set review_due_at = coalesce(completed_at, assigned_at) + interval '3 days' where state = 'FLAGGED';
create index field_check_visit_due on field_check (due_at) where state = 'ASSIGNED';
create index field_check_review_due on field_check (review_due_at) where state = 'FLAGGED';
