-- An inspection that finds an offence turns into a penalty case; the two refer to each other.
alter table enforcement_case add column origin_case_id uuid references enforcement_case (id);
alter table enforcement_case add column follow_up_case_id uuid references enforcement_case (id);
