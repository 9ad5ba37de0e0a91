-- 100,000 generated general-procedure cases for the case-page benchmark, spread over the demo units, each with a
-- party, two officers, a few acts and running deadlines. Run against the benchmark's database only:
--   psql "$URL" -v ON_ERROR_STOP=1 -f bench/seed-cases.sql
insert into cases.enforcement_case (id, unit_id, procedure, stage, title, summary, created_by, filed_on, created_at)
select gen_random_uuid(), u.id, 'GENERAL_PENALTY', 'investigation', '基准测试案件 ' || g, '生成的案件', 'bench',
       current_date - (g % 300), now() - (g % 300) * interval '1 day'
from generate_series(1, 100000) g
join lateral (select id from organization.unit order by division_code offset (g % 4) limit 1) u on true;

insert into cases.case_party (case_id, kind, name, credit_code, address)
select id, 'ORGANISATION', '基准测试诊所', '91350100M000100Y43', '曲阜市' from cases.enforcement_case where created_by = 'bench';

insert into cases.case_officer (case_id, officer_id, lead)
select c.id, o.id, o.rn = 1
from cases.enforcement_case c
join lateral (select id, row_number() over (order by certificate_no) rn from organization.officer
              where unit_id = c.unit_id order by certificate_no limit 2) o on true
where c.created_by = 'bench';

insert into cases.case_act (case_id, action, from_stage, to_stage, actor, documents)
select id, a.action, a.from_stage, a.to_stage, 'bench', a.documents
from cases.enforcement_case
cross join (values ('file', 'clue', 'filed', '{FILING_REPORT}'::text[]),
                   ('begin-investigation', 'filed', 'investigation', '{}'::text[]),
                   ('inspect-site', 'investigation', 'investigation', '{SITE_RECORD}'::text[])) a(action, from_stage, to_stage, documents)
where created_by = 'bench';

insert into cases.case_deadline (case_id, rule, basis, started_on, due_on)
select id, 'case-limit', '行政处罚法第六十条', filed_on, filed_on + 90 from cases.enforcement_case where created_by = 'bench';

analyze;
