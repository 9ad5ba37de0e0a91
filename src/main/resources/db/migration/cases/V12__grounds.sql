-- 行政处罚法 第九条: 降低资质等级、限制开展生产经营活动、责令关闭、限制从业 are penalties of their own, and 不予行政处罚
-- (第三十条、第三十一条、第三十三条) is an outcome of its own. 第三十二条: 从轻 and 减轻 are recorded with their ground, and so
-- is the ground of not punishing; both are part of the proposal's content, so they move its version.
alter table enforcement_case drop constraint enforcement_case_proposal_kind_check;
alter table enforcement_case add constraint enforcement_case_proposal_kind_check check (proposal_kind in (
    'WARNING', 'CRITICISM', 'FINE', 'CONFISCATION', 'SUSPENSION', 'DEMOTION', 'REVOCATION', 'RESTRICTION', 'CLOSURE',
    'EMPLOYMENT_BAN', 'NO_PENALTY', 'LICENCE_GRANT', 'LICENCE_REFUSAL', 'SEIZURE'));
alter table enforcement_case add column proposal_mitigation varchar(10)
    check (proposal_mitigation in ('LIGHTER', 'REDUCED'));
alter table enforcement_case add column proposal_ground varchar(30);
alter table enforcement_case add constraint enforcement_case_no_penalty_ground
    check (proposal_kind is distinct from 'NO_PENALTY' or proposal_ground is not null);
alter table enforcement_case add constraint enforcement_case_mitigation_ground
    check (proposal_mitigation is null or proposal_ground is not null);

create or replace function move_proposal_version() returns trigger language plpgsql as $$
begin
    if (new.proposal_kind, new.proposal_fine, new.proposal_text, new.proposal_complex, new.proposal_item_code,
        new.proposal_circumstance, new.proposal_out_of_range, new.proposal_out_of_range_reason, new.hearing_held_at,
        new.proposal_mitigation, new.proposal_ground)
       is distinct from
       (old.proposal_kind, old.proposal_fine, old.proposal_text, old.proposal_complex, old.proposal_item_code,
        old.proposal_circumstance, old.proposal_out_of_range, old.proposal_out_of_range_reason, old.hearing_held_at,
        old.proposal_mitigation, old.proposal_ground)
    then
        if old.hearing_held_at is not null and new.hearing_held_at is distinct from old.hearing_held_at then
            raise exception 'a hearing once held stays recorded' using errcode = 'check_violation';
        end if;
        -- a hearing is part of what the decision rests on (行政处罚法 第五十八条): it moves the version too
        new.proposal_version := old.proposal_version + 1;
    elsif new.proposal_version is distinct from old.proposal_version then
        raise exception 'the proposal version moves only with the proposal' using errcode = 'check_violation';
    end if;
    return new;
end $$;
