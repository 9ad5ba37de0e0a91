-- Chinese has no spaces between words, and a two-character word ("暂扣", "罚款") is too short for trigrams: the
-- portal searches by character bigrams, as CJK search engines do. Each current result carries the set of its
-- two-character sequences; a keyword's bigrams must all be there (GIN), and the exact substring is checked after.
create function search_terms(text) returns tsvector language sql immutable parallel safe as $$
    select coalesce(array_to_tsvector(array(
        select distinct substr(lower($1), i, 2) from generate_series(1, length($1) - 1) i
        where substr($1, i, 2) !~ '\s')), ''::tsvector)
$$;

alter table public_result
    add column terms tsvector generated always as (search_terms(title || ' ' || public_text)) stored;
create index public_result_terms on public_result using gin (terms);
drop index public_result_text;
