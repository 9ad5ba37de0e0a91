-- Accountability (责任追究, A9) and the powers-to-posts list it names the responsible posts from (A2): each unit's
-- powers broken down to its organs and posts, with each post's duties and its liability for wrongful acts at each
-- stage of a case (实施方案 三(一)2-3, 三(五)1: 发现线索、调查核实、提出建议、内部审核、法制审核、作出决定).

create table post_duty (
    id        uuid primary key,
    unit_id   uuid          not null,
    organ     varchar(100)  not null check (length(organ) > 0),
    post      varchar(100)  not null check (length(post) > 0),
    stage     varchar(20)   not null check (stage in ('CLUE', 'INVESTIGATION', 'PROPOSAL', 'INTERNAL_REVIEW',
        'LEGAL_REVIEW', 'DECISION', 'EXECUTION')),
    powers    varchar(1000) not null check (length(powers) > 0),
    duties    varchar(1000) not null check (length(duties) > 0),
    liability varchar(1000) not null check (length(liability) > 0),
    unique (unit_id, organ, post, stage)
);

create table accountability (
    id             uuid primary key,
    unit_id        uuid          not null,
    source         varchar(25)   not null check (source in ('COMPLAINT', 'EVALUATION_FINDING', 'FLAG', 'COURT_LOSS',
        'RECONSIDERATION_LOSS', 'LEADER_DECISION')),
    complaint_id   uuid references complaint (id),
    case_id        uuid, -- cases: the case whose handling is traced back
    title          varchar(200)  not null check (length(title) > 0),
    facts          varchar(5000) not null check (length(facts) > 0),
    opened_by      varchar(100)  not null,
    opened_at      timestamptz   not null,
    status         varchar(10)   not null check (status in ('OPEN', 'DECIDED')),
    outcome        varchar(30) check (outcome in ('NO_FAULT', 'CRITICISM_EDUCATION', 'ORDERED_SELF_EXAMINATION',
        'PUBLIC_CRITICISM', 'REMOVED_FROM_POST', 'QUALIFICATION_WITHDRAWN', 'TRANSFERRED_TO_DISCIPLINE')),
    responsible    varchar(200),
    outcome_reason varchar(5000),
    decided_by     varchar(100),
    decided_at     timestamptz,
    version        integer       not null default 0,
    constraint accountability_from_complaint check ((source = 'COMPLAINT') = (complaint_id is not null)),
    constraint accountability_decided check ((status = 'DECIDED') = (outcome is not null and outcome_reason is not null
        and decided_at is not null))
);
create index accountability_complaint on accountability (complaint_id);

-- the persons concerned state and defend (陈述和申辩, 实施方案 三(五)2): kept as said
create table accountability_statement (
    id                bigserial primary key,
    accountability_id uuid          not null references accountability (id),
    person            varchar(100)  not null check (length(person) > 0),
    statement         varchar(5000) not null check (length(statement) > 0),
    recorded_by       varchar(100)  not null,
    recorded_at       timestamptz   not null
);

create function accountability_statement_append_only() returns trigger language plpgsql as $$
begin
    raise exception 'statements are append-only';
end $$;
create trigger accountability_statement_append_only before update or delete on accountability_statement
    for each row execute function accountability_statement_append_only();
