-- L4, L6: when the handling unit disagrees with the review's opinion, a leader's coordination may let the current
-- proposal proceed, the leader answering for it. The gate of V5 accepts that as it accepts an agreeing review.
alter table enforcement_case add column coordination_allowed_version integer;

create or replace function refuse_unreviewed_major_decision() returns trigger language plpgsql as $$
begin
    if new.procedure = 'GENERAL_PENALTY' and new.stage = 'decided' and old.stage <> 'decided'
       and new.proposal_major
       and (new.review_agreed_version is distinct from new.proposal_version)
       and (new.coordination_allowed_version is distinct from new.proposal_version) then
        raise exception 'a major decision needs an agreeing legal review of the current proposal (L5)'
            using errcode = 'check_violation';
    end if;
    return new;
end $$;
