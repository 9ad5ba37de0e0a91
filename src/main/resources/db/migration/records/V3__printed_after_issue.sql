-- Documents are issued (文号, frozen HTML, its SHA-256) in the act's transaction; the PDF is printed from the frozen
-- HTML after the act commits, or when someone first asks for it, and kept here byte for byte with its SHA-256, so that
-- every download is that same PDF. Documents issued before this table existed keep the hash of the PDF printed at
-- issue in document.sha256; from now on that column stays empty.
alter table document alter column sha256 drop not null;

create table document_pdf (
    document_id uuid primary key, -- records.document; no foreign key, like the other references of records
    pdf         bytea       not null check (length(pdf) > 0),
    sha256      char(64)    not null check (sha256 ~ '^[0-9a-f]{64}$'),
    printed_at  timestamptz not null
);

create trigger document_pdf_immutable before update or delete on document_pdf
    for each row execute function refuse_change_of_documents();
create trigger document_pdf_not_truncated before truncate on document_pdf
    for each statement execute function refuse_change_of_documents();
create index document_unprinted on document (issued_at) where sha256 is null;
