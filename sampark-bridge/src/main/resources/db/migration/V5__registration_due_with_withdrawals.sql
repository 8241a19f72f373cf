-- The registrar's round also claims WITHDRAWN rows still marked ambiguous (since V4); with that OR the partial index
-- registration_due no longer matched, and every round read the whole table: with a million past registrations the
-- growth benchmark of 2026-12-01 saw 132 sequential scans reading 74 million rows in one 10/s run. This index has the
-- round's own predicate, so the round reads only what is due.
create index registration_due_or_withdrawing on registration (next_attempt_at)
    where (state = 'PENDING' or (state = 'WITHDRAWN' and ambiguous)) and entry_mode = 'API';
