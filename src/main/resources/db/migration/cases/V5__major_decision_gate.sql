-- L5: the database holds the gate too, so that no code path can skip it. A penalty case whose proposal is major
-- cannot reach "decided" unless the legal review agreed to the current version of the proposal.
create function refuse_unreviewed_major_decision() returns trigger language plpgsql as $$
begin
    if new.procedure = 'GENERAL_PENALTY' and new.stage = 'decided' and old.stage <> 'decided'
       and new.proposal_major
       and (new.review_agreed_version is null or new.review_agreed_version <> new.proposal_version) then
        raise exception 'a major decision needs an agreeing legal review of the current proposal (L5)'
            using errcode = 'check_violation';
    end if;
    return new;
end $$;

create trigger enforcement_case_major_decision_gate before update on enforcement_case
    for each row execute function refuse_unreviewed_major_decision();
