insert into registration (complaint_id, department_code, subject, description, district, state, mode, grievance_id,
                          created_at, updated_at, registered_at, queued_at)
select 'JAL-2025-' || lpad(g::text, 7, '0'), 'PHED', 'पुरानी शिकायत', 'पुरानी शिकायत ' || g, 'Jalore', 'REGISTERED', 'API',
       '2025' || lpad(g::text, 10, '0'), now() - (g % 365) * interval '1 day', now() - (g % 365) * interval '1 day',
       now() - (g % 365) * interval '1 day', now() - (g % 365) * interval '1 day'
from generate_series(1, :n) g;
insert into processed_event (consumer, event_id, processed_at)
select 'sampark-bridge.complaint-routed', md5('bridge' || g)::uuid, now() - (g % 30) * interval '1 day'
from generate_series(1, :n) g;
