-- More of what problem detection (R9) reads of each case, kept from the cases module's and the disclosure module's
-- events: the decision (day, kind, fine, the item and circumstance of the discretion standard, whether it left the
-- band), the fine told to the party before it was heard, the hearing threshold in force for the party, payment,
-- application to the court, and publication. And the answers to flags: a supervisor acknowledges or dismisses each
-- flag with a reason.
alter table case_record
    add column decided_on          date,
    add column kind                varchar(30),
    add column fine                numeric(14, 2),
    add column item_code           varchar(60),
    add column circumstance        varchar(20),
    add column out_of_range        boolean not null default false,
    add column out_of_range_reason varchar(1000),
    add column hearing_threshold   numeric(14, 2),
    add column notified_fine       numeric(14, 2),
    add column paid_at             timestamptz,
    add column court_at            timestamptz,
    add column published_at        timestamptz;

create index case_record_decided on case_record (unit_id, decided_on) where decided_on is not null;

create table flag_answer (
    model       varchar(60)   not null,
    record_id   varchar(100)  not null,
    unit_id     uuid          not null,
    decision    varchar(20)   not null check (decision in ('ACKNOWLEDGED', 'DISMISSED')),
    reason      varchar(1000) not null check (length(reason) > 0),
    answered_by varchar(100)  not null,
    answered_at timestamptz   not null,
    primary key (model, record_id)
);
