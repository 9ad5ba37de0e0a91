-- Sealed entries (issue 14): each entry carries HMAC-SHA256(seal key, leaf_hash), made by the product when it appends
-- the entry with a key kept outside the database (beside the signing key). The integrator takes into the tree only
-- entries whose seal is right, and `verify` checks every seal, so an entry inserted by someone with database rights
-- but without the key, even with a correct leaf hash, is never signed and is named. Entries written before this
-- migration are sealed once, when the seal key is created.
alter table entry add column seal bytea check (seal is null or length(seal) = 32);

-- Append-only as before: an entry may only receive its leaf_index, once, and its seal, once (the one-time sealing of
-- the entries written before seals); nothing is deleted; nodes and tree heads never change.
create or replace function refuse_change_of_audit_log() returns trigger language plpgsql as $$
begin
    if tg_op = 'UPDATE' and tg_table_name = 'entry' then
        if new.id = old.id and new.kind = old.kind and new.at = old.at
        and new.actor is not distinct from old.actor and new.address is not distinct from old.address
        and new.subject is not distinct from old.subject and new.record_id is not distinct from old.record_id
        and new.case_id is not distinct from old.case_id and new.unit_id is not distinct from old.unit_id
        and new.detail is not distinct from old.detail and new.leaf_hash = old.leaf_hash
        and ((old.leaf_index is null and new.leaf_index is not null and new.seal is not distinct from old.seal)
          or (old.seal is null and new.seal is not null and new.leaf_index is not distinct from old.leaf_index)) then
            return new;
        end if;
    end if;
    raise exception 'the audit log is append-only' using errcode = 'check_violation';
end $$;

create index entry_unsealed on entry (id) where seal is null;
