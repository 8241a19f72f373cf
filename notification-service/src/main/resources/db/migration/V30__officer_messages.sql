-- Officers are told of the complaints in their charge (officer.notice) through the same queue as citizens: same
-- exactly-once key, rate limits and delivery statuses. A message to an officer is marked so, and nothing meant for
-- citizens (the grievance cell's call list of citizens to phone) ever counts it.
alter table outgoing_message add column audience text not null default 'CITIZEN';
alter table outgoing_message add constraint outgoing_message_audience_check check (audience in ('CITIZEN', 'OFFICER'));
