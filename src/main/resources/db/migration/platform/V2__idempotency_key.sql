-- Issue 14, item 7: a client that lost the answer to a POST retries it with the same Idempotency-Key and gets the
-- first answer again instead of a second act. A key is reserved before the request runs (the primary key makes a
-- concurrent retry wait or fail), and the answer is kept with it; a reservation with no answer means the first request
-- never finished its answer (it failed, or the node died), and a retry is told to look before it acts again.
create table idempotency_key (
    username        text        not null,
    key             text        not null,
    request_sha256  text        not null,
    status          integer,
    content_type    text,
    location        text,
    body            bytea,
    created_at      timestamptz not null default now(),
    primary key (username, key)
);

create index idempotency_key_created_at on idempotency_key (created_at);
