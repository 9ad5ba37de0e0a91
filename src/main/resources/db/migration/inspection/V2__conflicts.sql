-- An officer's declared conflict of interest (回避) with a subject of the pool: a relative works there, the officer
-- worked there, or another interest. A draw never sends the officer to that subject; supervisors see every declaration.
-- 行政处罚法 第四十三条: an officer with a direct interest in the case withdraws.
create table conflict (
    id           uuid primary key default gen_random_uuid(),
    unit_id      uuid          not null,
    officer_id   uuid          not null, -- organization.officer
    subject_id   uuid          not null references subject (id),
    reason       varchar(20)   not null check (reason in ('RELATIVE', 'FORMER_EMPLOYMENT', 'INTEREST', 'OTHER')),
    note         varchar(500)  not null default '',
    declared_by  varchar(50)   not null,
    declared_at  timestamptz   not null default now(),
    constraint conflict_once unique (officer_id, subject_id)
);
create index conflict_unit on conflict (unit_id);

-- a declaration is a record: it is never changed or deleted
create trigger conflict_append_only before update or delete on conflict
    for each row execute function refuse_change_of_history();
