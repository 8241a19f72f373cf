-- complaint.routed now carries the place's own point (a village's LGD centroid, a town's centre) and what the place
-- is (village, census_town, ulb), so a field check can compare a verifier's GPS with the place. Kept with the
-- decision so a re-route re-emits them; the citizen's own pin stays in latitude/longitude.
alter table routing_decision add column place_kind text;
alter table routing_decision add column place_latitude double precision;
alter table routing_decision add column place_longitude double precision;
