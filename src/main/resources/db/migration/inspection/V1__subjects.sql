-- The pool of objects of inspection (检查对象名录库): the regulated entities of each unit that a double-random draw
-- may pick (S1). Each is known by its unified social credit code (GB 32100) or, lacking one, its licence number.
create extension if not exists pg_trgm with schema public;

create table subject (
    id                uuid primary key default gen_random_uuid(),
    unit_id           uuid         not null, -- organization.unit; kept by id across modules
    name              varchar(200) not null check (length(name) > 0),
    credit_code       varchar(18),
    licence_no        varchar(60),
    -- what a draw ranks the subject by: the credit code, or the licence number when there is none
    identifier        varchar(60)  not null generated always as (coalesce(credit_code, licence_no)) stored,
    category          varchar(30)  not null check (category in ('PUBLIC_PLACE', 'DRINKING_WATER', 'SCHOOL',
        'DISINFECTION_PRODUCT', 'MEDICAL_INSTITUTION', 'OCCUPATIONAL_HEALTH', 'RADIOLOGICAL_HEALTH',
        'INFECTIOUS_DISEASE', 'MATERNAL_CHILD_HEALTH', 'BLOOD_SAFETY', 'CHILDCARE', 'WATER_PRODUCT')),
    address           varchar(200) not null,
    area              varchar(50)  not null,
    risk_class        char(1)      not null check (risk_class in ('A', 'B', 'C', 'D')),
    status            varchar(12)  not null check (status in ('OPERATING', 'CLOSED', 'NOT_FOUND')),
    last_inspected_on date,
    version           integer      not null default 0,
    created_at        timestamptz  not null default now(),
    constraint subject_identified check (credit_code is not null or licence_no is not null),
    constraint subject_credit_code_unique unique (unit_id, credit_code),
    constraint subject_licence_no_unique unique (unit_id, licence_no),
    constraint subject_identifier_unique unique (unit_id, identifier)
);
create index subject_unit_category on subject (unit_id, category, risk_class);
create index subject_name on subject using gin (name public.gin_trgm_ops);

-- Every change of a subject, by whom and how (form, import, demo), with the fields before and after. Append-only.
create table subject_change (
    id          bigint generated always as identity primary key,
    subject_id  uuid        not null references subject (id),
    changed_at  timestamptz not null default now(),
    changed_by  varchar(50) not null,
    source      varchar(10) not null check (source in ('FORM', 'IMPORT', 'DEMO')),
    before      jsonb,
    after       jsonb       not null
);
create index subject_change_subject on subject_change (subject_id, id);

create function refuse_change_of_history() returns trigger language plpgsql as $$
begin
    raise exception '% keeps history: its rows are never changed or deleted', tg_table_name
        using errcode = 'check_violation';
end $$;
create trigger subject_change_append_only before update or delete on subject_change
    for each row execute function refuse_change_of_history();
create trigger subject_change_not_truncated before truncate on subject_change
    for each statement execute function refuse_change_of_history();
