-- :n past complaints from 300,000 citizens over the last year, as intake keeps them.
insert into citizen (wa_id, first_seen_at, welcomed_at)
select '91' || (7000000000 + g), now() - interval '365 days', now() - interval '365 days'
from generate_series(0, least(:n, 300000) - 1) g on conflict do nothing;
insert into inbound_message (wamid, citizen_id, message_type, outcome, complaint_id, received_at)
select 'wamid.HIST' || g, '91' || (7000000000 + g % 300000), 'text', 'COMPLAINT',
       'JAL-2025-' || lpad(g::text, 7, '0'), now() - (g % 365) * interval '1 day'
from generate_series(1, :n) g;
insert into complaint (complaint_id, wamid, citizen_wa_id, channel, message_type, text, language, status, received_at)
select 'JAL-2025-' || lpad(g::text, 7, '0'), 'wamid.HIST' || g, '91' || (7000000000 + g % 300000), 'WHATSAPP', 'text',
       'पुरानी शिकायत संख्या ' || g || ': गांव में पानी नहीं आ रहा', 'hi', 'RECEIVED', now() - (g % 365) * interval '1 day'
from generate_series(1, :n) g;
insert into outbox_event (event_id, topic, message_key, event_type, payload, created_at, published_at)
select md5('intake' || g)::uuid, 'complaint.received', 'JAL-2025-' || lpad(g::text, 7, '0'), 'complaint.received', '{}',
       now() - (g % 365) * interval '1 day', now() - (g % 365) * interval '1 day'
from generate_series(1, :n) g;
-- The raw archive (also the filing queue): every one of those webhooks, filed long ago, and three status webhooks each.
insert into raw_webhook (received_at, signature, body, body_sha256, outcome, processed_at, shard_key, attempts, effects)
select now() - (g % 365) * interval '1 day', 'sha256=' || md5(g::text),
       convert_to('{"object":"whatsapp_business_account","entry":[{"id":"hist","changes":[{"value":{"messages":[{"id":"wamid.HIST'
                  || g || '","type":"text","text":{"body":"पुरानी शिकायत"}}]}}]}]}', 'UTF8'),
       md5(g::text), 'ACCEPTED', now() - (g % 365) * interval '1 day', g % 1000, 1, '{"complaintIds":[],"statuses":0,"duplicates":0,"ignored":0}'
from generate_series(1, :n * 4) g;
