-- The case's own decision as it was decided (D10): its kind and amount are kept with its entry when the case decides,
-- so that a result published later shows that decision, not a proposal the case made afterwards (a licence in force is
-- examined afresh for a change or a renewal, 行政许可法 第四十九条、第五十条). Entries made before have neither and show
-- the case's proposal as before.
alter table disclosure_entry add column decided_kind varchar(30);
alter table disclosure_entry add column decided_amount numeric;
