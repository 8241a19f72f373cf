-- Which dead-lettered records were put back on their topic, by whom and when: a second replay of the same record is
-- answered with the first, and an operator can see what is still waiting.
create table dead_letter_replay (
    dead_letter_partition int         not null,
    dead_letter_offset    bigint      not null,
    event_id              text,
    event_type            text,
    replayed_to           text        not null,
    replayed_by           text        not null,
    replayed_at           timestamptz not null,
    primary key (dead_letter_partition, dead_letter_offset)
);
