-- After a closure the citizen rates the outcome (buttons satisfied / not satisfied, or a typed 1-5) and may, within
-- the reopen period, reopen the same complaint. Each closure of a complaint is rated on its own: `closures` numbers
-- them, and `rating` / `rated_at` hold the counted (first) rating of the latest closure; a new closure clears them.
alter table tracked_complaint
    add column closures int not null default 0,
    add column rating   smallint check (rating between 1 and 5),
    add column rated_at timestamptz;
update tracked_complaint set closures = 1 where state = 'CLOSED';

-- Every rating and request to reopen a citizen sent about a tracked complaint, with what it did: evidence of who
-- said what and when (the WhatsApp message id), and the source of the satisfaction figures.
create table citizen_rating (
    id              bigserial   primary key,
    complaint_id    text        not null references tracked_complaint (complaint_id),
    department_code text,
    -- which closure of the complaint it was about (1 = the first); null when the complaint was not closed
    closure         int,
    -- the check whose verdict closed the complaint: the officer whose fix was rated
    verification_id uuid        references verification (id),
    -- 1..5; null for a plain request to reopen
    rating          smallint    check (rating between 1 and 5),
    -- the first rating of its closure: the one the satisfaction rate counts
    counted         boolean     not null,
    reopened        boolean     not null,
    refusal         text        check (refusal in ('REOPEN_PERIOD_OVER', 'NOT_CLOSED')),
    message_id      text,
    rated_at        timestamptz not null
);
-- One counted rating per closure, whatever races; one effect per WhatsApp message, however often it is republished.
create unique index citizen_rating_counted_per_closure on citizen_rating (complaint_id, closure) where counted;
create unique index citizen_rating_message on citizen_rating (message_id);
create index citizen_rating_complaint on citizen_rating (complaint_id, rated_at);
create index citizen_rating_department on citizen_rating (department_code) where counted or reopened;
