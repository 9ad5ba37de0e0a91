-- What each problem-detection model (R9) flagged at its last run. The models run in the background over every active
-- unit; the supervisors' pages count and page these rows instead of running every model per request.

-- Each model's last run: its number, when, how many flags and how long it took.
create sequence detection_run_number;

create table detection_run (
    model   varchar(60) primary key check (model ~ '^[A-Z][A-Z0-9_]*$'),
    run     bigint      not null,
    ran_at  timestamptz not null,
    ran_on  date        not null,
    flags   integer     not null check (flags >= 0),
    took_ms bigint      not null check (took_ms >= 0),
    unique (model, run)
);

-- A flag is kept only as its model's last run raised it: the foreign key on (model, run), checked at commit, refuses
-- a flag left over from an earlier run. first_flagged_on is the day a run first raised it, kept while later runs raise
-- it again.
create table flag (
    model            varchar(60)   not null,
    record_id        varchar(200)  not null check (length(record_id) > 0),
    unit_id          uuid          not null,
    subject          varchar(20)   not null
        check (subject in ('case', 'complaint', 'officer', 'party', 'retrieval', 'assessment')),
    detail           text          not null check (length(detail) > 0),
    position         integer       not null check (position >= 0),
    first_flagged_on date          not null,
    run              bigint        not null,
    primary key (model, unit_id, record_id),
    foreign key (model, run) references detection_run (model, run) on delete cascade deferrable initially deferred
);

create index flag_order on flag (model, position);
create index flag_record on flag (model, record_id);
create index flag_first_flagged on flag (model, first_flagged_on);

-- How many flags the model's last run raised in each unit: what the supervisors' overview counts, without reading
-- every flag (checked against the last run like the flags).
create table flag_tally (
    model   varchar(60) not null,
    unit_id uuid        not null,
    flags   integer     not null check (flags > 0),
    run     bigint      not null,
    primary key (model, unit_id),
    foreign key (model, run) references detection_run (model, run) on delete cascade deferrable initially deferred
);
