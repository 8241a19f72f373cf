-- What the other services last asked or told a citizen about each complaint filed here, from the events intake
-- consumes (verification's question, its request for a reason, the closure that asks for a rating, a reopening, a
-- withdrawal). Each time is the event's own: events of one complaint arrive on different topics in any order, and
-- the latest time says what was asked last. Only complaints filed here (with a number) get a row.
create table complaint_conversation (
    complaint_id               text primary key references complaint (complaint_id),
    citizen_wa_id              text        not null,
    verification_requested_at  timestamptz,
    reason_requested_at        timestamptz,
    closed_at                  timestamptz,
    reopened_at                timestamptz,
    withdrawn_at               timestamptz,
    -- when the citizen last answered (typed or tapped) what we asked: an answered question is no longer pending
    answered_at                timestamptz,
    updated_at                 timestamptz not null default now()
);
create index complaint_conversation_citizen on complaint_conversation (citizen_wa_id);

-- A text we could not place (a new complaint, or about an open one?) waits here while the citizen is asked with
-- two buttons that carry the token. The tap files it as a new complaint or adds it to the complaint it names;
-- the first tap decides, later taps change nothing.
create table held_follow_up (
    token                  text primary key,
    citizen_wa_id          text        not null,
    wamid                  text        not null unique references inbound_message (wamid),
    phone_number_id        text,
    message_type           text        not null,
    -- the message as WhatsApp sent it, so a tap on "new complaint" files exactly what was written
    message_json           text        not null,
    sent_at                timestamptz,
    related_complaint_id   text        not null references complaint (complaint_id),
    held_at                timestamptz not null,
    resolved_at            timestamptz,
    -- NEW or ABOUT once tapped
    resolution             text,
    resolved_complaint_id  text
);
create index held_follow_up_citizen on held_follow_up (citizen_wa_id) where resolved_at is null;
