-- The portal's index of what the public sees now: one row per published entry, its latest version, with the
-- entry's fulfilment. published_result stays the immutable record of every version published; this table is derived
-- from it (kept in the same transactions) so that searching a million results reads one table.
create table public_result (
    entry_id          uuid primary key references disclosure_entry (id),
    id                uuid         not null unique references published_result (id), -- the latest version
    unit_id           uuid         not null,
    unit_name         varchar(100) not null,
    category          varchar(20)  not null,
    title             varchar(200) not null,
    public_text       text         not null,
    decided_on        date         not null,
    published_on      date         not null,
    version           integer      not null,
    correction_reason text,
    fulfilment        varchar(20),
    fulfilled_on      date
);
create index public_result_decided on public_result (decided_on desc, id desc);
create index public_result_category on public_result (category, decided_on desc);
create index public_result_unit on public_result (unit_id, decided_on desc);
create index public_result_text on public_result using gin ((title || ' ' || public_text) public.gin_trgm_ops);

insert into public_result
select distinct on (r.entry_id) r.entry_id, r.id, r.unit_id, r.unit_name, r.category, r.title, r.public_text,
       r.decided_on, r.published_on, r.version, r.correction_reason, e.fulfilment, e.fulfilled_on
from published_result r join disclosure_entry e on e.id = r.entry_id
where e.status = 'PUBLISHED'
order by r.entry_id, r.version desc;

-- the version record is no longer searched; its trigram index only cost writes
drop index published_result_search;
create index published_result_entry on published_result (entry_id, version);
