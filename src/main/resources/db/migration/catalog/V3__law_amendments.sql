-- A law or regulation amended on a day: every published item and discretion standard resting on it must be
-- revised and re-published, items within 1 month and discretion standards within 3 months (A1, A4).
create table law_amendment (
    id          uuid primary key default gen_random_uuid(),
    law_name    varchar(200)  not null check (law_name !~ '[《》]' and length(trim(law_name)) > 0),
    amended_on  date          not null,
    note        varchar(1000) not null default '',
    recorded_by varchar(50)   not null,
    recorded_at timestamptz   not null default now(),
    constraint law_amendment_once unique (law_name, amended_on)
);
