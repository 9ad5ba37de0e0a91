-- Warning cases (警示案例, A7): a case of enforcement gone wrong, its facts told without the persons' names, the analysis
-- of what went wrong and the lessons, published on the portal's 行政执法责任制 section by a supervisor; optionally the
-- accountability matter it comes from. Published cases are kept as published.
create table warning_case (
    id                uuid primary key,
    unit_id           uuid          not null,
    title             varchar(200)  not null check (length(title) > 0),
    facts             varchar(5000) not null check (length(facts) > 0),
    analysis          varchar(5000) not null check (length(analysis) > 0),
    lessons           varchar(5000),
    accountability_id uuid,
    published_by      varchar(100)  not null,
    published_at      timestamptz   not null
);
create index warning_case_published on warning_case (published_at desc);

create function warning_case_append_only() returns trigger language plpgsql as $$
begin
    raise exception 'published warning cases are kept as published';
end $$;
create trigger warning_case_append_only before update or delete on warning_case
    for each row execute function warning_case_append_only();
