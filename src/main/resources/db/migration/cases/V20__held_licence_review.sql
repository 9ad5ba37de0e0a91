-- 行政许可法 第四十九条、第五十条 with 第三十四条: a change or renewal of a licence in force is decided on a proposal of its
-- own, and a decision the review scope names major waits for the legal review (L5) like the first decision: the four
-- kinds of proposal, and the stages they enter checked by the database's gate on the facts of the review (V8).
alter table enforcement_case drop constraint enforcement_case_proposal_kind_check;
alter table enforcement_case add constraint enforcement_case_proposal_kind_check check (proposal_kind in (
    'WARNING', 'CRITICISM', 'FINE', 'CONFISCATION', 'SUSPENSION', 'DEMOTION', 'REVOCATION', 'RESTRICTION', 'CLOSURE',
    'EMPLOYMENT_BAN', 'NO_PENALTY', 'LICENCE_GRANT', 'LICENCE_REFUSAL', 'LICENCE_CHANGE', 'LICENCE_CHANGE_REFUSAL',
    'LICENCE_RENEWAL', 'LICENCE_RENEWAL_REFUSAL', 'SEIZURE'));

insert into gated_stage (procedure, stage) values
    ('LICENSING', 'change-decided'),
    ('LICENSING', 'renewal-decided');

-- the longest kind, LICENCE_RENEWAL_REFUSAL, is 23 characters
alter table enforcement_case alter column proposal_kind type varchar(30);
