-- A proposal that departs from the unit's published 不予处罚、首违不罚、从轻、减轻、从重处罚清单 (the entry for its item and
-- circumstance) records the entry and the reason, for the legal reviewer. Both are part of the proposal's content and
-- move its version; a trigger of its own, run after enforcement_case_a_proposal_version (triggers fire by name), so the
-- function of that one stays as it is.
alter table enforcement_case add column proposal_list_departure varchar(50);
alter table enforcement_case add column proposal_list_departure_reason varchar(1000);
alter table enforcement_case add constraint enforcement_case_list_departure_has_reason
    check (proposal_list_departure is null or length(trim(proposal_list_departure_reason)) > 0);

create function move_proposal_version_on_list_departure() returns trigger language plpgsql as $$
begin
    if (new.proposal_list_departure, new.proposal_list_departure_reason)
           is distinct from (old.proposal_list_departure, old.proposal_list_departure_reason)
       and new.proposal_version = old.proposal_version then
        new.proposal_version := old.proposal_version + 1;
    end if;
    return new;
end $$;

create trigger enforcement_case_b_list_departure_version before update on enforcement_case
    for each row execute function move_proposal_version_on_list_departure();
