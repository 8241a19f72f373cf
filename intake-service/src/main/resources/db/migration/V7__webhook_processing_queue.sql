-- Issue 7: a signed webhook is answered 200 once its raw body is committed; its messages and statuses are filed
-- afterwards from this archive (Meta's advice: answer fast, process asynchronously). The archive row is the queue.
-- PENDING: stored, not yet processed; ACCEPTED: processed; FAILED: gave up after the last retry (kept for an operator).
alter table raw_webhook add column shard_key       integer     not null default 0;
alter table raw_webhook add column attempts        integer     not null default 0;
alter table raw_webhook add column next_attempt_at timestamptz;
-- What processing did, as the webhook POST used to answer it: complaint ids, statuses, duplicates, ignored.
alter table raw_webhook add column effects         jsonb;
-- Only the queue's head is ever looked up; the archive itself grows with history and must not be scanned.
create index raw_webhook_pending on raw_webhook (id) where outcome = 'PENDING';
