-- Publication: the discloser sees the original and the redacted text; only the redacted text is ever written to the
-- public table, which the portal and the open data read.
create extension if not exists pg_trgm with schema public;
alter table disclosure_entry add column original_text text;
alter table disclosure_entry add column published_at timestamptz;
alter table disclosure_entry add column published_by varchar(50);

create table published_result (
    id           uuid primary key default gen_random_uuid(),
    entry_id     uuid         not null unique references disclosure_entry (id),
    unit_id      uuid         not null,
    unit_name    varchar(100) not null,
    category     varchar(20)  not null,
    title        varchar(200) not null,
    public_text  text         not null,
    decided_on   date         not null,
    published_on date         not null,
    published_at timestamptz  not null default now()
);
create index published_result_date on published_result (published_on desc);
create index published_result_search on published_result using gin ((title || ' ' || public_text) public.gin_trgm_ops);

-- A published result never changes; a correction publishes a new version (later), a take-down withdraws it.
create function refuse_change_of_published_results() returns trigger language plpgsql as $$
begin
    raise exception 'a published result is never changed in place' using errcode = 'check_violation';
end $$;
create trigger published_result_immutable before update on published_result
    for each row execute function refuse_change_of_published_results();
