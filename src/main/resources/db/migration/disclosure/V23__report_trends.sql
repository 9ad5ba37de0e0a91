-- The yearly report's 按期公示率 and its trends count a unit's entries by the day of publication due and by the day
-- they were published (issue 18, point 13).
create index disclosure_entry_unit_due_on on disclosure_entry (unit_id, due_on);
create index disclosure_entry_unit_published_at on disclosure_entry (unit_id, published_at) where published_at is not null;
