-- Photos the citizen sent when asked why they disputed a fix: evidence for the field verifier. The bytes stay in
-- intake's content-addressed store; the hash names them. A photo delivered twice is kept once.
create table dispute_photo (
    id              bigserial   primary key,
    verification_id uuid        not null references verification (id),
    complaint_id    text        not null,
    sha256          text        not null check (sha256 ~ '^[0-9a-f]{64}$'),
    caption         text,
    message_id      text        not null,
    received_at     timestamptz not null,
    unique (verification_id, sha256)
);
create index dispute_photo_complaint on dispute_photo (complaint_id);
