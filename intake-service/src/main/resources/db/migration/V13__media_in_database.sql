-- Citizens' media (photos, voice notes, documents) move from a folder on one machine's disk into this database, so
-- that every instance of intake reads what any instance stored (an operator's view, an evidence export, retention).
-- media_object was the index of the folder; it now holds the bytes too, still keyed by their sha256 (the same bytes
-- stored twice stay one row).
--
-- bytea, not Large Objects: a row's delete takes its bytes with it (retention deletes rows; a Large Object would need
-- lo_unlink or a trigger, and its own grants for the app role), it is backed up with the database, and sizes are
-- bounded (WhatsApp's inbound limits, enforced while staging: 100 MB for a document at most, 5 MB for a photo).
-- Streaming without Large Objects: the column is stored EXTERNAL (out of line, never compressed; photos, audio and
-- PDFs are compressed already), so substring(content from x for n) reads only the TOAST chunks of that slice, and a
-- reader takes a large document a slice at a time instead of holding it whole.
--
-- content is null for a row written before this migration whose file is still on the old disk: MediaImport copies
-- such files in at start (intake.media.dir), and fills them in.
alter table media_object add column content bytea;
alter table media_object alter column content set storage external;
comment on column media_object.content is 'the bytes, whose sha256 is the key; null until imported from an old media folder';
