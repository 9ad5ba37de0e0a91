-- The generation of the public results: one more each time a statement changes public_result (publication,
-- correction, withdrawal, fulfilment), committed with the change. Each node keeps the pages it answered recently under
-- the generation it read first, so that a page read before a change is never answered after it, on any node.
create table public_result_generation (
    singleton  boolean primary key default true check (singleton),
    generation bigint not null
);
insert into public_result_generation values (true, 1);

create function next_public_result_generation() returns trigger language plpgsql as $$
begin
    update disclosure.public_result_generation set generation = generation + 1;
    return null;
end
$$;

create trigger public_result_generation after insert or update or delete or truncate on public_result
    for each statement execute function next_public_result_generation();
