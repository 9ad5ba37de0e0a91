-- Key rotation (issue 14): each head names the key that signed it (key_id, there since V1: the SHA-256 of the key's
-- SubjectPublicKeyInfo), and the transparency API publishes every key with the first head it signed.
create index tree_head_key on tree_head (key_id, tree_size, id);
