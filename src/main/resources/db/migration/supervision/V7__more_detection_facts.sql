-- More of what problem detection (R9) reads, each kept from another module's events, never from its tables:
-- the periods of each case as the cases module counted them (copied when an act starts or meets one); the certificate
-- check of each officer at the acts 行政处罚法 第四十二条 governs; the recorded steps (音像记录) with the reason written
-- when no recording was attached, and the audio and video files attached for an action; and the retrievals of a case
-- by someone whose duty does not cover it.
create table case_deadline (
    case_id    uuid         not null,
    unit_id    uuid         not null,
    rule       varchar(60)  not null,
    basis      varchar(200),
    started_on date         not null,
    due_on     date         not null,
    met_on     date,
    primary key (case_id, rule, started_on)
);
create index case_deadline_running on case_deadline (unit_id, due_on) where met_on is null;

create table officer_act (
    case_id          uuid         not null,
    unit_id          uuid         not null,
    officer_id       uuid         not null,
    officer_name     varchar(100) not null,
    certificate_no   varchar(60),
    action           varchar(60)  not null,
    acted_at         timestamptz  not null,
    status           varchar(30)  not null,
    category_covered boolean      not null,
    officer_active   boolean      not null,
    may_act          boolean      not null,
    primary key (case_id, action, acted_at, officer_id)
);
create index officer_act_refused on officer_act (unit_id) where not may_act;

create table recorded_step (
    case_id  uuid          not null,
    unit_id  uuid          not null,
    action   varchar(60)   not null,
    acted_at timestamptz   not null,
    reason   varchar(2000),
    primary key (case_id, action, acted_at)
);
create index recorded_step_reasoned on recorded_step (unit_id) where reason is not null;

create table recording (
    file_id     uuid        primary key,
    case_id     uuid        not null,
    action      varchar(60) not null,
    attached_at timestamptz not null
);
create index recording_step on recording (case_id, action, attached_at);

create table retrieval_outside_duty (
    id           bigint generated always as identity primary key,
    case_id      uuid         not null,
    unit_id      uuid         not null,
    username     varchar(100) not null,
    kind         varchar(20)  not null,
    record_id    varchar(100) not null,
    address      varchar(100),
    retrieved_at timestamptz  not null
);
create index retrieval_outside_duty_unit on retrieval_outside_duty (unit_id, retrieved_at);
