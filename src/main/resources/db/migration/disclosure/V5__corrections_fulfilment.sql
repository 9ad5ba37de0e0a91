-- D11: a correction publishes a new version of the result with its reason; the earlier versions stay, readable to
-- staff, and the public sees the latest with a note that it was corrected.
alter table published_result drop constraint published_result_entry_id_key;
alter table published_result
    add column version           integer     not null default 1 check (version > 0),
    add column correction_reason text,
    add column corrected_by      varchar(50);
alter table published_result add constraint published_result_version unique (entry_id, version);

-- D10: the fulfilment of a penalty (paid, or enforced through the court) shows on its entry.
alter table disclosure_entry
    add column fulfilment   varchar(20) check (fulfilment in ('PAID', 'ENFORCEMENT_APPLIED')),
    add column fulfilled_on date;
