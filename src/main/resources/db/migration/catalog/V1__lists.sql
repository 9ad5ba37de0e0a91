-- The lists a unit publishes, kept as numbered versions. A version is drafted, submitted, checked by a reviewer of
-- the unit and published; a published version never changes again, and the one before it is superseded.
create extension if not exists pg_trgm with schema public;

create table list_version (
    id                uuid primary key default gen_random_uuid(),
    unit_id           uuid        not null, -- organization.unit; kept by id across modules
    kind              varchar(40) not null check (kind in ('ITEMS', 'RANDOM_INSPECTION_ITEMS', 'SERVICE_GUIDES')),
    number            integer     not null check (number > 0),
    status            varchar(12) not null check (status in ('DRAFT', 'SUBMITTED', 'PUBLISHED', 'SUPERSEDED')),
    merged_with_items boolean     not null default false,
    created_by        varchar(50) not null,
    created_at        timestamptz not null default now(),
    submitted_by      varchar(50),
    submitted_at      timestamptz,
    checked_by        varchar(50),
    checked_at        timestamptz,
    returned_by       varchar(50),
    returned_at       timestamptz,
    return_reason     varchar(1000),
    published_at      timestamptz,
    constraint list_version_number_unique unique (unit_id, kind, number),
    constraint list_version_checked_by_another check (checked_by is null or checked_by <> submitted_by),
    constraint list_version_published_was_checked check (status not in ('PUBLISHED', 'SUPERSEDED')
        or (checked_by is not null and published_at is not null))
);
-- one version in the works and one published version per unit and list
create unique index list_version_one_open on list_version (unit_id, kind) where status in ('DRAFT', 'SUBMITTED');
create unique index list_version_one_published on list_version (unit_id, kind) where status = 'PUBLISHED';

create table list_entry (
    version_id  uuid         not null references list_version (id) on delete cascade,
    position    integer      not null,
    entry_key   varchar(100) not null,
    category    varchar(20),
    title       varchar(500) not null,
    data        jsonb        not null,
    search_text text         not null,
    primary key (version_id, position),
    constraint list_entry_key_unique unique (version_id, entry_key)
);
create index list_entry_search on list_entry using gin (search_text public.gin_trgm_ops);

-- Published and superseded versions are immutable: their entries cannot be added, changed or removed.
create function refuse_change_of_published_entries() returns trigger language plpgsql as $$
declare
    version_status varchar(12);
begin
    select status into version_status from catalog.list_version
     where id = coalesce(new.version_id, old.version_id);
    if version_status in ('PUBLISHED', 'SUPERSEDED') then
        raise exception 'list version % is published and cannot change', coalesce(new.version_id, old.version_id)
            using errcode = 'check_violation';
    end if;
    return coalesce(new, old);
end $$;

create trigger list_entry_immutable_once_published
    before insert or update or delete on list_entry
    for each row execute function refuse_change_of_published_entries();
