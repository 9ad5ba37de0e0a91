-- A published decision that is revoked, confirmed illegal or ordered remade is withdrawn within 3 working days
-- (D11, 行政处罚法 第四十八条); a result changed by reconsideration or litigation is annotated.
alter table disclosure_entry add column revoked_on date;
alter table disclosure_entry add column revocation_reason varchar(20)
    check (revocation_reason in ('REVOKED', 'CONFIRMED_ILLEGAL', 'ORDERED_REMADE'));
alter table disclosure_entry add column withdraw_due_on date;
alter table disclosure_entry add column withdrawn_at timestamptz;

create table result_annotation (
    id         uuid primary key default gen_random_uuid(),
    entry_id   uuid          not null references disclosure_entry (id),
    changed_on date          not null,
    text       varchar(1000) not null check (length(trim(text)) > 0),
    created_by varchar(50)   not null,
    created_at timestamptz   not null default now()
);
create index result_annotation_entry on result_annotation (entry_id, changed_on);
