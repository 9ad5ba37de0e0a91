-- What problem detection (R9) reads of each case, kept from the events the cases module publishes (CaseOpened,
-- CaseActed), never from its tables: when it was filed and decided, whether its limit was extended, whether it ended.
create table case_record (
    case_id    uuid primary key,
    unit_id    uuid        not null,
    procedure  varchar(30) not null,
    opened_at  timestamptz not null,
    filed_at   timestamptz,
    decided_at timestamptz,
    extended   boolean     not null default false,
    ended_at   timestamptz
);
create index case_record_running on case_record (filed_at) where decided_at is null and ended_at is null;
