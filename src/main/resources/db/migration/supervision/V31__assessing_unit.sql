-- The unit that gave an assessment (评议考核, 实施方案 三(四)1): a unit is assessed by a unit above it, an officer by the
-- officer's own unit or one above, and only the assessing unit (or one above it) makes the grade final; the unit assessed
-- reads its grade and states, but does not change it. Null for assessments made before: taken as given by the unit
-- assessed itself, as the product then allowed.
alter table assessment add column assessing_unit_id uuid;
