insert into citizen_contact (complaint_id, wa_id, language, channel, known_at)
select 'JAL-2025-' || lpad(g::text, 7, '0'), '91' || (7000000000 + g % 300000), 'hi', 'WHATSAPP', now() - (g % 365) * interval '1 day'
from generate_series(1, :n) g;
insert into timeline (complaint_id, event_id, type, occurred_at, summary)
select 'JAL-2025-' || lpad((g / 2)::text, 7, '0'), md5('timeline' || g)::uuid,
       case when g % 2 = 0 then 'complaint.received' else 'complaint.registered' end,
       now() - (g % 365) * interval '1 day', 'history'
from generate_series(2, 2 * :n + 1) g;
insert into processed_event (consumer, event_id, processed_at)
select 'notification-service.history', md5('notification' || g)::uuid, now() - (g % 30) * interval '1 day'
from generate_series(1, :n) g;
