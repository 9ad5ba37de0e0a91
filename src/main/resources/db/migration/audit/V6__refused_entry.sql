-- The entries the integrator refused to take into the tree because they carry no valid seal (written into the database
-- without the product's seal key). The integrator records each one as it passes it by, so that the administrators'
-- notice counts them wherever they are in the log, not only after the last entry integrated. A convenience for the
-- notice only: `verify` names every unsealed entry from the entries themselves, whatever this table holds.
create table refused_entry (
    entry_id   bigint primary key,
    refused_at timestamptz not null
);
