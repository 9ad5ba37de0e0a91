-- The integrator looks for waiting entries from the oldest transaction a snapshot could not see (V4): an entry must
-- carry the transaction that appended it. The database sets it on every insert, whatever the insert names, so that an
-- entry written with no or another transaction id (a column list, a restore, a COPY) is never passed over.
create function set_entry_txid() returns trigger language plpgsql as $$
begin
    new.txid := pg_current_xact_id();
    return new;
end $$;
create trigger entry_txid_set before insert on entry
    for each row execute function set_entry_txid();
