-- 行政许可法 第四十九条: the licensed matters a change application states, kept with the case until the organ decides,
-- so that the change decision (and the licensing result published from it, D10) names what changed.
alter table enforcement_case add column licence_change text;
