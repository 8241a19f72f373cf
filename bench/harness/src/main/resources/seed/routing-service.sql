insert into routing_decision (complaint_id, outcome, department_code, confidence, matched_terms, decided_by, text, language,
                              decided_at, tehsil, village)
select 'JAL-2025-' || lpad(g::text, 7, '0'), 'ROUTED',
       (array['PHED','JDVVNL','PWD','HEALTH','EDUCATION','REVENUE','FOOD','PANCHAYATI_RAJ'])[1 + g % 8], 0.9, 'पानी',
       'CLASSIFIER', 'पुरानी शिकायत ' || g, 'hi', now() - (g % 365) * interval '1 day',
       (array['Jalore','Ahore','Bhinmal','Sanchore','Raniwara','Sayla','Bagora'])[1 + g % 7], 'village-' || (g % 700)
from generate_series(1, :n) g;
insert into processed_event (consumer, event_id, processed_at)
select 'routing-service.complaint-received', md5('routing' || g)::uuid, now() - (g % 30) * interval '1 day'
from generate_series(1, :n) g;
