insert into tracked_complaint (complaint_id, department_code, grievance_id, state, escalation_level, registered_at,
                               state_changed_at, created_at)
select 'JAL-2025-' || lpad(g::text, 7, '0'), 'PHED', '2025' || lpad(g::text, 10, '0'), 'CLOSED', 1,
       now() - (g % 365) * interval '1 day', now() - (g % 365) * interval '1 day', now() - (g % 365) * interval '1 day'
from generate_series(1, :n) g;
insert into processed_event (consumer, event_id, processed_at)
select 'verification-service.complaint-registered', md5('verification' || g)::uuid, now() - (g % 30) * interval '1 day'
from generate_series(1, :n) g;
