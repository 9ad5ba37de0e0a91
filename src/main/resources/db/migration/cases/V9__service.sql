-- 行政处罚法 第六十一条: a served document's act records how it was served and the day the party received it; the
-- party's periods (statement, hearing request, payment) run from that day.
alter table case_act add column received_on date;
alter table case_act add column service_method varchar(20)
    check (service_method in ('DIRECT', 'LEFT_AT_RESIDENCE', 'POST', 'ELECTRONIC', 'PUBLIC_NOTICE'));
