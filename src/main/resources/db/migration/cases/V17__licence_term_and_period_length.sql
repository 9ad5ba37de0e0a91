-- 行政许可法 第五十条: a licence granted for a term (有效期至) is renewed only on an application made at least 30 days
-- before the term ends, and the organ decides before it ends; the term is kept with the case and moves on renewal.
alter table enforcement_case add column licence_valid_until date;

-- 民法典 第二百零三条 moves the last day of a period counted in calendar days off a rest day; the period's own length
-- is kept, so that an extension (行政强制法 第二十五条, 行政处罚法 第六十条) counts from the unmoved end and only then
-- moves, never from an end already moved. Null for periods counted in working days.
alter table case_deadline add column days integer check (days is null or days >= 0);
