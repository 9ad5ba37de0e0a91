-- The trigger of V5 set every appended entry's txid in plpgsql: a function call per row, about a tenth of the insert's
-- own execution (issue 19, item 4). The column's default (V4) already gives an entry its transaction's id when
-- the insert does not name the column, as the product's appends do. The trigger now runs only when the value is not
-- that id — an insert, a restore or a COPY that writes null or another transaction's id into it — and sets it as
-- before, so V5's guarantee holds: every entry carries the id of the transaction that wrote it.
drop trigger entry_txid_set on entry;
create trigger entry_txid_set before insert on entry
    for each row when (new.txid is distinct from pg_current_xact_id())
    execute function set_entry_txid();
