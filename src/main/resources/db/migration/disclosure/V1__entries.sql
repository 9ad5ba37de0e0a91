-- Every decision becomes a disclosure entry with its due date: 7 working days for licensing and penalty decisions,
-- 20 for the rest (D10). The party is told before publication (D11).
create table disclosure_entry (
    id                 uuid primary key default gen_random_uuid(),
    case_id            uuid        not null, -- cases.enforcement_case
    unit_id            uuid        not null, -- organization.unit
    category           varchar(20) not null,
    case_title         varchar(200) not null,
    decided_on         date        not null,
    due_on             date        not null,
    due_uncertain      boolean     not null default false,
    status             varchar(12) not null default 'PENDING' check (status in ('PENDING', 'PUBLISHED', 'WITHDRAWN')),
    party_notified_on  date,
    party_notified_how varchar(200),
    created_at         timestamptz not null default now(),
    constraint disclosure_entry_once_per_decision unique (case_id, decided_on, category),
    constraint disclosure_notified_with_how check ((party_notified_on is null) = (party_notified_how is null))
);
create index disclosure_entry_due on disclosure_entry (unit_id, due_on) where status = 'PENDING';
