-- 行政许可法 第四十九条、第五十条 and D10: the change and the renewal of a licence are licensing decisions of their own,
-- published beside the grant, and one case may make two of them on one day. Such an entry names the decision it shows:
-- the kind of its decision document when the decision is made, the document itself (and its 文号) once issued in the
-- same transaction; a document is shown by one entry. With them the entry keeps what the result prints of the decision:
-- the licensed matters changed, or the renewed term.
alter table disclosure_entry
    add column document_kind   varchar(40),
    add column document_id     uuid, -- records.document
    add column document_number varchar(60),
    add column change_matters  text,
    add column valid_until     date;
alter table disclosure_entry drop constraint disclosure_entry_once_per_decision;
-- the case's own decision (a grant, a penalty, an inspection outcome): once per case, day and category, as before
create unique index disclosure_entry_once_per_decision on disclosure_entry (case_id, decided_on, category)
    where document_kind is null;
create unique index disclosure_entry_document on disclosure_entry (document_id);
-- at most one entry of a case waits for its document of a kind: the one the act being taken issues
create unique index disclosure_entry_awaiting_document on disclosure_entry (case_id, document_kind)
    where document_kind is not null and document_id is null;
