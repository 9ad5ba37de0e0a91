-- Issue 15: what a citizen reads first on a published result, taken when it is published: the decision document's 文号,
-- the legal basis (the penalty provision of the discretion standard applied, and the enforcement item's basis as the
-- list of powers publishes it) and the decision in one line. Null where the case has none (a result published before).
create table result_facts (
    entry_id        uuid primary key references disclosure_entry (id),
    document_number varchar(100),
    penalty_basis   varchar(2000),
    item_basis      varchar(2000),
    decision_line   varchar(300)
);
