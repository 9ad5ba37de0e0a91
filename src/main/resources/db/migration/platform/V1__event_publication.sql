-- The event publication registry of Spring Modulith: the transactional outbox of events whose listeners must run
-- even across a crash (the pushes to the government platform). The table is Modulith's own layout for PostgreSQL;
-- it lives in the platform's schema and is migrated here rather than by Modulith at start-up.
create table event_publication (
    id               uuid                     not null primary key,
    listener_id      text                     not null,
    event_type       text                     not null,
    serialized_event text                     not null,
    publication_date timestamp with time zone not null,
    completion_date  timestamp with time zone
);
create index event_publication_serialized_event_hash_idx on event_publication using hash (serialized_event);
create index event_publication_by_completion_date_idx on event_publication (completion_date);
