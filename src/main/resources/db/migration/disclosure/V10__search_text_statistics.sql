-- The planner's picture of how common a keyword is: statistics on the searched text itself, so that a common word
-- within a category is read in date order (first page at once) rather than sorted from the whole table.
create statistics public_result_text on (title || ' ' || public_text) from public_result;
analyze public_result;
