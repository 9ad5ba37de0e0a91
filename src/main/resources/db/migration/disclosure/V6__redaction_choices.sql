-- D11: before publishing, the discloser adds redactions the detector missed and undoes those it made wrongly (a
-- unit's public telephone, say); each choice names its text and who made it. Choices apply to entries still pending.
create table redaction_choice (
    id         uuid primary key default gen_random_uuid(),
    entry_id   uuid         not null references disclosure_entry (id),
    kind       varchar(10)  not null check (kind in ('ADD', 'UNDO')),
    text       varchar(200) not null check (length(trim(text)) > 0),
    created_by varchar(50)  not null,
    created_at timestamptz  not null default now(),
    unique (entry_id, kind, text)
);
