-- A WhatsApp complaint is acknowledged (its number sent) at its first message and assembled afterwards: the draft
-- stays open for a quiet period after its last part, capped from the acknowledgement.
-- acknowledged_at: when the draft got its first words or media and the citizen was given its number (null: never,
--   e.g. a zero window, an operator or Open311 complaint, or a pin alone still waiting for words); the cap counts from it.
-- citizen_told_at / told_part_types: the last time the citizen was told about this draft (ACKNOWLEDGED, PART_ADDED,
--   LOCATION_NEEDS_TEXT) and the message types they were told about, so an album is not answered photo by photo.
alter table complaint add column acknowledged_at timestamptz;
alter table complaint add column citizen_told_at timestamptz;
alter table complaint add column told_part_types text;
