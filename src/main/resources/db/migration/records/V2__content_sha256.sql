-- The SHA-256 of each document's frozen HTML (UTF-8) at issue, so that a verification can re-hash the stored content
-- and name any document whose content was changed behind the product's back (R7). Documents issued before this
-- column existed get the hash of their content as it stands now.
alter table document add column content_sha256 char(64);
alter table document disable trigger document_immutable;
update document set content_sha256 = encode(sha256(convert_to(html, 'UTF8')), 'hex');
alter table document enable trigger document_immutable;
alter table document alter column content_sha256 set not null;
alter table document add constraint document_content_sha256 check (content_sha256 ~ '^[0-9a-f]{64}$');
