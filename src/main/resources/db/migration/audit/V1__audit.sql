-- The audit log (R7, R8): one append-only Merkle tree in the style of RFC 6962 / RFC 9162.
--
-- An entry is inserted by the transaction of the act it records (and rolled back with it), with an id from the
-- sequence and the SHA-256 leaf hash of its canonical bytes (see LeafData): leaf_index stays null. The integrator
-- alone gives committed entries their contiguous leaf_index, in id order, stores the hashes of the complete subtrees
-- that appear, and signs tree heads.
create table entry (
    id         bigint generated always as identity primary key,
    leaf_index bigint unique check (leaf_index >= 0),
    kind       varchar(30)  not null, -- CASE_ACT, RETRIEVAL, LOGIN, LOGIN_FAILED, DOCUMENT_ISSUED, LIST_PUBLISHED, ...
    at         timestamptz  not null,
    actor      varchar(100),
    address    varchar(100),
    subject    varchar(30), -- what the entry is about: case, document, evidence, archive, list, account
    record_id  varchar(100),
    case_id    uuid,
    unit_id    uuid,
    detail     text, -- JSON, kept verbatim in the leaf
    leaf_hash  bytea        not null check (length(leaf_hash) = 32)
);
create index entry_unsequenced on entry (id) where leaf_index is null;
create index entry_retrieval_at on entry (at desc, id desc) where kind = 'RETRIEVAL';
create index entry_retrieval_case on entry (case_id, at desc) where kind = 'RETRIEVAL';
create index entry_retrieval_actor on entry (actor, at desc) where kind = 'RETRIEVAL';
create index entry_record on entry (record_id);

-- The hash of every complete subtree: level 0 holds the leaf hashes by leaf index, level L the node covering leaves
-- [idx * 2^L, (idx + 1) * 2^L). Proofs and roots of any tree size are composed from these.
create table node (
    level smallint not null check (level between 0 and 62),
    idx   bigint   not null check (idx >= 0),
    hash  bytea    not null check (length(hash) = 32),
    primary key (level, idx)
);

-- Signed tree heads. The signature is Ed25519 over the 50 bytes
--   0x00 (version) ‖ 0x01 (tree hash) ‖ timestamp (uint64 big-endian, ms since the epoch) ‖ tree_size (uint64
--   big-endian) ‖ root_hash (32 bytes)
-- as in RFC 6962 §3.5.
create table tree_head (
    id           bigint generated always as identity primary key,
    tree_size    bigint      not null check (tree_size >= 0),
    root_hash    bytea       not null check (length(root_hash) = 32),
    timestamp_ms bigint      not null,
    signature    bytea       not null,
    key_id       char(64)    not null -- SHA-256 (hex) of the signing key's SubjectPublicKeyInfo
);
create index tree_head_size on tree_head (tree_size desc, id desc);

-- Append-only: an entry may only receive its leaf_index, once; nothing is deleted; nodes and tree heads never change.
create function refuse_change_of_audit_log() returns trigger language plpgsql as $$
begin
    if tg_op = 'UPDATE' and tg_table_name = 'entry' then
        if old.leaf_index is null and new.leaf_index is not null
        and new.id = old.id and new.kind = old.kind and new.at = old.at
        and new.actor is not distinct from old.actor and new.address is not distinct from old.address
        and new.subject is not distinct from old.subject and new.record_id is not distinct from old.record_id
        and new.case_id is not distinct from old.case_id and new.unit_id is not distinct from old.unit_id
        and new.detail is not distinct from old.detail and new.leaf_hash = old.leaf_hash then
            return new;
        end if;
    end if;
    raise exception 'the audit log is append-only' using errcode = 'check_violation';
end $$;
create trigger entry_append_only before update or delete on entry
    for each row execute function refuse_change_of_audit_log();
create trigger entry_not_truncated before truncate on entry
    for each statement execute function refuse_change_of_audit_log();
create trigger node_append_only before update or delete on node
    for each row execute function refuse_change_of_audit_log();
create trigger node_not_truncated before truncate on node
    for each statement execute function refuse_change_of_audit_log();
create trigger tree_head_append_only before update or delete on tree_head
    for each row execute function refuse_change_of_audit_log();
create trigger tree_head_not_truncated before truncate on tree_head
    for each statement execute function refuse_change_of_audit_log();
