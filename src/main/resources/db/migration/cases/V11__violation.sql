-- 行政处罚法 第三十六条: the day of the offence (or the end of a continuing one) and whether it harmed life and health
-- decide whether it may still be punished.
alter table enforcement_case add column violation_on date;
alter table enforcement_case add column violation_ended_on date;
alter table enforcement_case add column violation_continuing boolean not null default false;
alter table enforcement_case add column violation_health_harmed boolean not null default false;
alter table enforcement_case add constraint enforcement_case_violation_order
    check (violation_ended_on is null or (violation_on is not null and violation_ended_on >= violation_on));
