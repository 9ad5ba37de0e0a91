-- A published yearly statistics report is pushed to the government platform like a result (D13: the unit reports its
-- figures to its government): a push message now carries either a result entry or a report version.
alter table push_message alter column entry_id drop not null;
alter table push_message add column report_id uuid references annual_report (id);
alter table push_message drop constraint push_message_kind_check;
alter table push_message add constraint push_message_kind_check
    check (kind in ('PUBLICATION', 'CORRECTION', 'WITHDRAWAL', 'ANNUAL_REPORT'));
alter table push_message add constraint push_message_subject
    check ((entry_id is null) <> (report_id is null));
