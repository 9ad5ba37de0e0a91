-- Leaf indices in a table of their own (issue 19, point 4). An entry is written once, by the act's transaction; the
-- integrator no longer updates it to give it its leaf index (a non-HOT update of a wide row with six indexes, a third
-- of PostgreSQL's work per append) but inserts one narrow row per entry here, a batch at a time.
create table leaf (
    leaf_index bigint primary key check (leaf_index >= 0),
    entry_id   bigint not null unique
);

-- Each entry carries the id of the transaction that appended it. Every entry that a snapshot does not see yet belongs
-- to a transaction whose id is at least that snapshot's xmin, so the integrator, having integrated everything it saw,
-- only looks at entries from that xmin on the next time (index entry_txid) instead of the entries without a leaf index.
alter table entry add column txid xid8;
alter table entry alter column txid set default pg_current_xact_id();

-- Existing databases: the leaf indices move to the new table, and the entries still waiting get this transaction's id.
insert into leaf (leaf_index, entry_id) select leaf_index, id from entry where leaf_index is not null;
alter table entry disable trigger entry_append_only;
update entry set txid = pg_current_xact_id() where leaf_index is null;
alter table entry enable trigger entry_append_only;

-- Dropping the column drops its unique index, entry_unsequenced and entry_case (case_id, leaf_index).
alter table entry drop column leaf_index;
create index entry_case on entry (case_id) where case_id is not null;
create index entry_txid on entry (txid);

-- The only query by record is that of the public entries of a document, list, result or evidence file
-- (AuditEntries.publicEntries): the index holds those kinds only, and the other entries, most of them retrievals,
-- no longer pay for it when appended.
drop index entry_record;
create index entry_public_record on entry (record_id)
    where kind in ('DOCUMENT_ISSUED', 'DOCUMENT_PRINTED', 'LIST_PUBLISHED', 'RESULT_PUBLISHED', 'EVIDENCE_ATTACHED');

-- Append-only: an entry may only receive its seal, once (the one-time sealing of the entries written before seals);
-- nothing is deleted; leaves, nodes and tree heads never change.
create or replace function refuse_change_of_audit_log() returns trigger language plpgsql as $$
begin
    if tg_op = 'UPDATE' and tg_table_name = 'entry' then
        if new.id = old.id and new.kind = old.kind and new.at = old.at
        and new.actor is not distinct from old.actor and new.address is not distinct from old.address
        and new.subject is not distinct from old.subject and new.record_id is not distinct from old.record_id
        and new.case_id is not distinct from old.case_id and new.unit_id is not distinct from old.unit_id
        and new.detail is not distinct from old.detail and new.leaf_hash = old.leaf_hash
        and new.txid is not distinct from old.txid
        and old.seal is null and new.seal is not null then
            return new;
        end if;
    end if;
    raise exception 'the audit log is append-only' using errcode = 'check_violation';
end $$;
create trigger leaf_append_only before update or delete on leaf
    for each row execute function refuse_change_of_audit_log();
create trigger leaf_not_truncated before truncate on leaf
    for each statement execute function refuse_change_of_audit_log();
