-- The documents issued as corrections of others (更正), from the records module's DocumentIssued event: what the model
-- of many corrections (R9) counts per case.
create table document_correction (
    document_id uuid primary key,
    corrects    uuid         not null check (corrects <> document_id),
    case_id     uuid         not null,
    unit_id     uuid         not null,
    kind        varchar(60)  not null,
    number      varchar(100),
    issued_at   timestamptz  not null
);
create index document_correction_case on document_correction (unit_id, case_id, issued_at);
