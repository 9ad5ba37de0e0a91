-- D12, I2: every publication, correction and withdrawal is pushed to the government's disclosure platform. The
-- message is written in the transaction that publishes (the event publication registry of Spring Modulith holds the
-- delivery itself); this table is what staff see of the queue: attempts, failures and the acknowledgement.
create table push_message (
    id              uuid primary key, -- the idempotency key the receiver sees
    kind            varchar(20)  not null check (kind in ('PUBLICATION', 'CORRECTION', 'WITHDRAWAL')),
    entry_id        uuid         not null references disclosure_entry (id),
    unit_id         uuid         not null,
    title           varchar(200) not null,
    payload         jsonb        not null,
    created_at      timestamptz  not null default now(),
    attempts        integer      not null default 0,
    last_attempt_at timestamptz,
    last_error      text,
    next_attempt_at timestamptz,
    acknowledged_at timestamptz
);
create index push_message_created on push_message (created_at desc);
create index push_message_pending on push_message (next_attempt_at) where acknowledged_at is null;
