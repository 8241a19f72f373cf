-- First contacts in the last hour are counted on every new number (a flood of fake numbers alerts the grievance cell).
create index citizen_first_seen on citizen (first_seen_at);
