-- The yearly assessment (评议考核, A8; 实施方案 三(四)): per unit and per officer, the continuous part computed from the
-- records plus the special parts supervisors enter (法律素养测试, 执法规范化测试), weighted as the unit sets; the grade
-- 优秀 / 合格 / 不合格 with the figures behind it, published within the unit; the statements (陈述申辩) of the one
-- assessed before it is final; and the consequences of 不合格 (实施方案 三(四)2), recorded by a leader.
create table assessment_setting (
    unit_id               uuid primary key,
    continuous_weight     integer      not null check (continuous_weight between 0 and 100),
    legal_test_weight     integer      not null check (legal_test_weight between 0 and 100),
    normative_test_weight integer      not null check (normative_test_weight between 0 and 100),
    updated_by            varchar(100) not null,
    updated_at            timestamptz  not null,
    check (continuous_weight + legal_test_weight + normative_test_weight = 100)
);

create table assessment (
    id                    uuid primary key,
    unit_id               uuid          not null,
    year                  integer       not null,
    officer_id            uuid, -- null: the unit itself
    subject_name          varchar(200)  not null,
    continuous            numeric(5, 2) not null check (continuous between 0 and 100),
    legal_test            numeric(4, 1) not null check (legal_test between 0 and 100),
    normative_test        numeric(4, 1) not null check (normative_test between 0 and 100),
    continuous_weight     integer       not null,
    legal_test_weight     integer       not null,
    normative_test_weight integer       not null,
    total                 numeric(5, 2) not null check (total between 0 and 100),
    grade                 varchar(20)   not null check (grade in ('EXCELLENT', 'QUALIFIED', 'UNQUALIFIED')),
    figures               text          not null,
    status                varchar(20)   not null check (status in ('PUBLISHED', 'FINAL')),
    statement_due         date          not null,
    published_by          varchar(100)  not null,
    published_at          timestamptz   not null,
    final_by              varchar(100),
    final_at              timestamptz,
    final_reply           varchar(2000),
    version               integer       not null default 0
);
create unique index assessment_one_a_year
    on assessment (unit_id, year, coalesce(officer_id, '00000000-0000-0000-0000-000000000000'));
create index assessment_officer on assessment (officer_id, year) where officer_id is not null;

create table assessment_statement (
    id            uuid primary key,
    assessment_id uuid          not null references assessment (id),
    username      varchar(100)  not null,
    no_objection  boolean       not null,
    text          varchar(2000),
    stated_at     timestamptz   not null,
    check (no_objection or length(text) > 0)
);
create index assessment_statement_of on assessment_statement (assessment_id, stated_at);

create function assessment_statement_append_only() returns trigger language plpgsql as $$
begin
    raise exception 'assessment statements are append-only';
end $$;
create trigger assessment_statement_append_only before update or delete on assessment_statement
    for each row execute function assessment_statement_append_only();

create table assessment_consequence (
    assessment_id uuid primary key references assessment (id),
    unit_id       uuid         not null,
    officer_id    uuid         not null,
    kind          varchar(40)  not null check (kind in ('UNQUALIFIED', 'UNQUALIFIED_TWO_YEARS')),
    measure       varchar(40),
    note          varchar(2000),
    recorded_by   varchar(100),
    recorded_at   timestamptz
);
