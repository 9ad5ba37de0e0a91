-- The case files (R6) read every entry of a case.
create index entry_case on entry (case_id, leaf_index) where case_id is not null;
