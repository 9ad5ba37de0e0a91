-- An annotation says which proceeding reviewed the decision and whether it changed the result, so that the yearly
-- report counts reconsiderations and litigations and how many decisions they changed (D13). Annotations written
-- before this say neither: they are counted as changed results of an unnamed proceeding.
alter table result_annotation
    add column proceeding varchar(20) check (proceeding in ('RECONSIDERATION', 'LITIGATION')),
    add column result_changed boolean not null default true;
create index result_annotation_changed_on on result_annotation (changed_on);
