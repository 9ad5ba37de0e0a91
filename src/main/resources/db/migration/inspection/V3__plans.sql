-- A unit's yearly random-inspection plan (随机抽查计划): for each random-inspection item of its published list, the
-- categories of subjects, the ratio per risk class, the frequency and the period. Published on the portal before its
-- first draw (事前公开); a published plan never changes.
create table plan (
    id            uuid primary key default gen_random_uuid(),
    unit_id       uuid         not null,
    year          integer      not null check (year between 2000 and 2100),
    title         varchar(200) not null check (length(title) > 0),
    status        varchar(10)  not null check (status in ('DRAFT', 'PUBLISHED')),
    created_by    varchar(50)  not null,
    created_at    timestamptz  not null default now(),
    published_by  varchar(50),
    published_at  timestamptz,
    constraint plan_one_a_year unique (unit_id, year),
    constraint plan_published_when check (status = 'DRAFT' or (published_by is not null and published_at is not null))
);

create table plan_line (
    id           uuid primary key default gen_random_uuid(),
    plan_id      uuid         not null references plan (id),
    line_no      integer      not null check (line_no > 0),
    item_code    varchar(50)  not null,
    item_name    varchar(200) not null,
    categories   varchar(400) not null, -- SubjectCategory names, comma-separated, in their order
    ratio_a      numeric(5, 2) not null check (ratio_a between 0 and 100),
    ratio_b      numeric(5, 2) not null check (ratio_b between 0 and 100),
    ratio_c      numeric(5, 2) not null check (ratio_c between 0 and 100),
    ratio_d      numeric(5, 2) not null check (ratio_d between 0 and 100),
    frequency    varchar(100) not null,
    period_from  date         not null,
    period_to    date         not null,
    constraint plan_line_period check (period_from <= period_to),
    constraint plan_line_number_unique unique (plan_id, line_no)
);

create function refuse_change_of_published_plan() returns trigger language plpgsql as $$
declare
    plan_status varchar(10);
begin
    if tg_table_name = 'plan' then
        if old.status = 'PUBLISHED' then
            raise exception 'plan % is published and never changes', old.id using errcode = 'check_violation';
        end if;
        return coalesce(new, old);
    end if;
    select status into plan_status from inspection.plan where id = coalesce(new.plan_id, old.plan_id);
    if plan_status = 'PUBLISHED' then
        raise exception 'plan % is published and never changes', coalesce(new.plan_id, old.plan_id)
            using errcode = 'check_violation';
    end if;
    return coalesce(new, old);
end $$;
create trigger plan_immutable_once_published before update or delete on plan
    for each row execute function refuse_change_of_published_plan();
create trigger plan_line_immutable_once_published before insert or update or delete on plan_line
    for each row execute function refuse_change_of_published_plan();

-- A task (抽查任务) takes one line of a published plan, or several lines for one visit (联合抽查), for a period.
create table task (
    id           uuid primary key default gen_random_uuid(),
    unit_id      uuid         not null,
    plan_id      uuid         not null references plan (id),
    title        varchar(200) not null check (length(title) > 0),
    period_from  date         not null,
    period_to    date         not null,
    created_by   varchar(50)  not null,
    created_at   timestamptz  not null default now(),
    constraint task_period check (period_from <= period_to)
);
create table task_line (
    task_id       uuid not null references task (id),
    plan_line_id  uuid not null references plan_line (id),
    primary key (task_id, plan_line_id)
);
create trigger task_append_only before update or delete on task
    for each row execute function refuse_change_of_history();
create trigger task_line_append_only before update or delete on task_line
    for each row execute function refuse_change_of_history();
