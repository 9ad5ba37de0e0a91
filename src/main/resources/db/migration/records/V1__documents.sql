-- Enforcement documents (执法文书) issued by the acts of a case: their content is frozen at issue, as HTML and as the
-- SHA-256 of the PDF made from it. An issued document is never changed or deleted; a correction is a new document.
create table document (
    id                uuid primary key,
    case_id           uuid          not null, -- cases.enforcement_case
    unit_id           uuid          not null, -- organization.unit: the issuing organ
    kind              varchar(40)   not null,
    number            varchar(60), -- 文号, only for decision documents
    year              integer       not null check (year between 2000 and 2999),
    sequence          integer check (sequence > 0),
    title             varchar(100)  not null check (length(trim(title)) > 0),
    html              text          not null check (length(html) > 0),
    sha256            char(64)      not null check (sha256 ~ '^[0-9a-f]{64}$'),
    issued_by         varchar(50)   not null,
    issued_at         timestamptz   not null,
    corrects          uuid references document (id),
    correction_reason text,
    constraint document_numbered check ((number is null) = (sequence is null)),
    constraint document_correction check ((corrects is null) = (correction_reason is null)),
    constraint document_number_unique unique (unit_id, kind, year, sequence)
);
create index document_case on document (case_id, issued_at, id);
-- a document is corrected once; a later correction corrects the correcting document
create unique index document_corrected_once on document (corrects) where corrects is not null;

-- The last 文号 sequence taken per unit, kind and year; taken inside the issuing transaction, so that numbers are
-- gap-free: a rolled-back issue gives its number back.
create table document_counter (
    unit_id uuid        not null,
    kind    varchar(40) not null,
    year    integer     not null,
    last    integer     not null check (last > 0),
    primary key (unit_id, kind, year)
);

-- Issued documents are immutable.
create function refuse_change_of_documents() returns trigger language plpgsql as $$
begin
    raise exception 'an issued document is never changed or deleted: issue a correction instead'
        using errcode = 'check_violation';
end $$;
create trigger document_immutable before update or delete on document
    for each row execute function refuse_change_of_documents();
create trigger document_not_truncated before truncate on document
    for each statement execute function refuse_change_of_documents();
