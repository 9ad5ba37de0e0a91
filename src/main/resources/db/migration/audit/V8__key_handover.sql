-- Key rotation (issue 14): a key's last head, its closing head, vouches for the key that follows it. The retiring key
-- signs, besides the head, the head's 50 bytes with the signature type 0x80 (instead of RFC 6962's 0x01) followed by
-- the successor's SubjectPublicKeyInfo; both are stored with the closing head, so that a monitor that trusts only the
-- old key can check the new one (docs/api.md). Heads stored before this migration have none: a key retired before it
-- is grandfathered (its retirement in the key directory names no successor).
alter table tree_head
    add column successor_spki     bytea,
    add column handover_signature bytea,
    add constraint tree_head_handover_whole check ((successor_spki is null) = (handover_signature is null));
create index tree_head_handover on tree_head (key_id, tree_size, id) where handover_signature is not null;
