-- The official holiday notices: days off (HOLIDAY) and weekend days worked instead (WORKDAY, 调休上班).
create table calendar_year (
    year        integer primary key check (year between 1990 and 2200),
    source      varchar(200) not null,
    loaded_by   varchar(50)  not null,
    loaded_at   timestamptz  not null default now()
);

create table calendar_day (
    day    date primary key,
    year   integer      not null references calendar_year (year) on delete cascade,
    kind   varchar(10)  not null check (kind in ('HOLIDAY', 'WORKDAY')),
    name   varchar(50)  not null,
    source varchar(200) not null default '',
    constraint calendar_day_in_its_year check (extract(year from day) = year),
    -- a make-up workday is a Saturday or Sunday
    constraint calendar_workday_on_weekend check (kind <> 'WORKDAY' or extract(isodow from day) in (6, 7))
);

-- Deadlines asked for in years that have no notice loaded yet, so that administrators are told.
create table missing_year (
    year        integer primary key,
    first_asked timestamptz not null default now(),
    last_asked  timestamptz not null default now(),
    times_asked bigint      not null default 1
);
