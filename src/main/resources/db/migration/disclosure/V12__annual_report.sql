-- The yearly statistics report (D13), as published: the figures counted from the records when the ADMIN published
-- it. A later publication is a new version with its reason; a published version never changes.
create table annual_report (
    id           uuid primary key default gen_random_uuid(),
    unit_id      uuid         not null, -- organization.unit
    unit_name    varchar(100) not null,
    year         integer      not null check (year between 2000 and 2999),
    version      integer      not null check (version > 0),
    figures      jsonb        not null,
    reason       varchar(500),
    published_by varchar(50)  not null,
    published_at timestamptz  not null default now(),
    constraint annual_report_version unique (unit_id, year, version),
    constraint annual_report_reason check (version = 1 or reason is not null)
);
create index annual_report_year on annual_report (year, unit_id);

create function refuse_change_of_annual_reports() returns trigger language plpgsql as $$
begin
    raise exception 'a published annual report is never changed' using errcode = 'check_violation';
end $$;
create trigger annual_report_immutable before update or delete on annual_report
    for each row execute function refuse_change_of_annual_reports();

-- the report counts a unit's decisions of a year
create index disclosure_entry_decided on disclosure_entry (unit_id, decided_on);
