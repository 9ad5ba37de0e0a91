-- Complaints about enforcement (投诉举报, A6): the channels each unit publishes, and every complaint numbered per unit
-- and year without gaps, told within 5 working days whether it is accepted, with its progress and result fed back
-- (吉卫计发〔2017〕 全面落实行政执法责任制实施方案 三(三)3).

create table complaint_channel (
    unit_id    uuid primary key, -- organization.unit; kept by id across modules
    email      varchar(100) not null check (length(email) > 0),
    hotline    varchar(30)  not null check (length(hotline) > 0),
    address    varchar(200) not null check (length(address) > 0),
    scope      varchar(500) not null check (length(scope) > 0),
    updated_at timestamptz  not null default now(),
    updated_by varchar(100) not null
);

-- the last number given per unit and year: raised in the transaction that registers the complaint, so that a
-- complaint that is not kept gives its number back and the sequence has no gaps
create table complaint_sequence (
    unit_id uuid    not null,
    year    integer not null,
    last    integer not null check (last > 0),
    primary key (unit_id, year)
);

create table complaint (
    id                  uuid primary key,
    unit_id             uuid         not null,
    year                integer      not null,
    sequence            integer      not null check (sequence > 0),
    number              varchar(40)  not null unique,
    query_code_sha256   char(64)     not null,
    channel             varchar(10)  not null check (channel in ('ONLINE', 'HOTLINE', 'EMAIL', 'LETTER', 'VISIT')),
    anonymous           boolean      not null,
    complainant_name    varchar(50),
    complainant_phone   varchar(30),
    officer             varchar(100), -- the officer's name or certificate number, as the complainant knows it
    case_reference      varchar(100), -- the case or document number, if known
    facts               varchar(5000) not null check (length(facts) > 0),
    received_on         date         not null,
    received_at         timestamptz  not null,
    registered_by       varchar(100), -- null: filed by the complainant on the portal
    acknowledge_due     date         not null,
    status              varchar(15)  not null check (status in ('RECEIVED', 'ACCEPTED', 'NOT_ACCEPTED', 'INVESTIGATING',
        'CONCLUDED')),
    acknowledged_on     date,
    acknowledged_by     varchar(100),
    not_accepted_reason varchar(1000),
    assigned_to         varchar(100),
    result_due          date,
    result              varchar(5000),
    upheld              boolean,
    concluded_on        date,
    case_id             uuid, -- cases: the enforcement case it became a clue for
    version             integer      not null default 0,
    unique (unit_id, year, sequence),
    constraint complaint_anonymous check (not anonymous or (complainant_name is null and complainant_phone is null)),
    constraint complaint_acknowledged check ((status = 'RECEIVED') = (acknowledged_on is null)),
    constraint complaint_reason check ((status = 'NOT_ACCEPTED') = (not_accepted_reason is not null)),
    constraint complaint_result check ((status = 'CONCLUDED') = (result is not null and upheld is not null
        and concluded_on is not null)),
    constraint complaint_assigned check (status not in ('INVESTIGATING', 'CONCLUDED') or assigned_to is not null)
);
create index complaint_unit_received on complaint (unit_id, received_on desc);

create table complaint_attachment (
    id           uuid primary key,
    complaint_id uuid         not null references complaint (id),
    file_name    varchar(200) not null,
    media_type   varchar(100) not null,
    sha256       char(64)     not null,
    size         bigint       not null check (size > 0)
);

-- what the complainant is told as the complaint goes on: the acceptance decision, the progress, the result
create table complaint_feedback (
    id           bigserial primary key,
    complaint_id uuid          not null references complaint (id),
    at           timestamptz   not null,
    by_user      varchar(100)  not null,
    kind         varchar(15)   not null check (kind in ('ACCEPTED', 'NOT_ACCEPTED', 'ASSIGNED', 'PROGRESS', 'RESULT')),
    note         varchar(5000) not null check (length(note) > 0)
);
create index complaint_feedback_complaint on complaint_feedback (complaint_id, id);

-- feedback is what the complainant was told: never changed or removed
create function complaint_feedback_append_only() returns trigger language plpgsql as $$
begin
    raise exception 'complaint feedback is append-only';
end $$;
create trigger complaint_feedback_append_only before update or delete on complaint_feedback
    for each row execute function complaint_feedback_append_only();
