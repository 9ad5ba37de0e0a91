-- A keyword searched within a category or a unit: the category and the unit join the bigrams as terms of their own
-- ("#cPENALTY", "#u<unit id>"), so that the index narrows by all of them at once rather than by the keyword alone.
drop index public_result_terms;
alter table public_result drop column terms;
alter table public_result add column terms tsvector generated always as (
    search_terms(title || ' ' || public_text) || array_to_tsvector(array['#c' || category, '#u' || unit_id::text])) stored;
create index public_result_terms on public_result using gin (terms);
