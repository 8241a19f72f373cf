-- What complaint.routed now carries for the Sampark registration: the subject within the department (from
-- subjects.tsv), the ward (towns) or gram panchayat (villages) where the gazetteer knows it, and the content
-- hashes of the complaint's photos / voice notes / documents. Kept with the decision so a re-route re-emits them.
alter table routing_decision add column subject text;
alter table routing_decision add column ward text;
alter table routing_decision add column gram_panchayat text;
-- content hashes, comma separated (hex digests, so never a comma inside one); empty when none
alter table routing_decision add column media_ids text not null default '';
