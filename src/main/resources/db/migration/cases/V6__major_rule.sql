-- Which review scope rule made a proposal major (L2), shown to officers and reviewers.
alter table enforcement_case add column proposal_major_rule varchar(300);
