-- L2, L5: the gate on facts. The case row no longer carries flags about its own review (review_agreed_version,
-- coordination_allowed_version, which one UPDATE could forge); the database moves the proposal's version itself on
-- every change of its content, and a case enters a gated stage only if the review module's decision check for that
-- very version exists, and where the proposal is major (by the scope lists, a hearing or the complex mark) only with
-- an agreeing opinion or a PROCEED coordination of a submission of that version.
alter table enforcement_case add column proposal_complex boolean not null default false;
alter table enforcement_case add column hearing_held_at timestamptz;
alter table enforcement_case drop column review_agreed_version;
alter table enforcement_case drop column coordination_allowed_version;

-- 行政处罚法 第九条 (通报批评), 行政许可法 第三十八条 and 行政强制法 第九条 as proposals of their procedures
alter table enforcement_case drop constraint enforcement_case_proposal_kind_check;
alter table enforcement_case add constraint enforcement_case_proposal_kind_check check (proposal_kind in (
    'WARNING', 'CRITICISM', 'FINE', 'CONFISCATION', 'SUSPENSION', 'REVOCATION', 'CLOSURE',
    'LICENCE_GRANT', 'LICENCE_REFUSAL', 'SEIZURE'));

-- Exact or refused: numeric(14, 2) rounded 49999.995 to 50000.00 on the way in. The amount is kept as given and
-- refused unless it is a positive amount to the fen.
alter table enforcement_case alter column proposal_fine type numeric;
alter table enforcement_case drop constraint enforcement_case_proposal_fine_check;
alter table enforcement_case add constraint proposal_fine_exact
    check (proposal_fine > 0 and proposal_fine = trunc(proposal_fine, 2) and proposal_fine < 1000000000000) not valid;

-- The stages a case enters only through a gated transition (ProceduresTest keeps this list and Procedures alike).
create table gated_stage (
    procedure varchar(30) not null,
    stage     varchar(40) not null,
    primary key (procedure, stage)
);
insert into gated_stage (procedure, stage) values
    ('GENERAL_PENALTY', 'advance-notice'),
    ('GENERAL_PENALTY', 'decided'),
    ('LICENSING', 'decided'),
    ('COERCION', 'seized');

create function move_proposal_version() returns trigger language plpgsql as $$
begin
    if (new.proposal_kind, new.proposal_fine, new.proposal_text, new.proposal_complex, new.proposal_item_code,
        new.proposal_circumstance, new.proposal_out_of_range, new.proposal_out_of_range_reason, new.hearing_held_at)
       is distinct from
       (old.proposal_kind, old.proposal_fine, old.proposal_text, old.proposal_complex, old.proposal_item_code,
        old.proposal_circumstance, old.proposal_out_of_range, old.proposal_out_of_range_reason, old.hearing_held_at)
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
-- before triggers fire in name order: the version moves before the gate reads it
create trigger enforcement_case_a_proposal_version before update on enforcement_case
    for each row execute function move_proposal_version();

create or replace function refuse_unreviewed_major_decision() returns trigger language plpgsql as $$
begin
    if new.stage is distinct from old.stage
       and exists (select 1 from cases.gated_stage g where g.procedure = new.procedure and g.stage = new.stage)
       and not exists (
           select 1 from review.decision_check d
           where d.case_id = new.id and d.proposal_version = new.proposal_version
             and d.proposal_kind is not distinct from new.proposal_kind
             and d.amount is not distinct from new.proposal_fine
             and ((d.major_because is null and new.hearing_held_at is null and not new.proposal_complex)
                  or exists (
                      select 1 from review.submission s
                      where s.id = d.submission_id and s.case_id = new.id
                        and s.proposal_version = new.proposal_version
                        and (exists (select 1 from review.opinion o
                                     where o.submission_id = s.id and o.verdict = 'AGREE')
                             or exists (select 1 from review.coordination c
                                        where c.submission_id = s.id and c.outcome = 'PROCEED')))))
    then
        raise exception 'case % may enter % only with the legal review''s check of proposal version % (L5)',
            new.id, new.stage, new.proposal_version using errcode = 'check_violation';
    end if;
    return new;
end $$;

-- a case starts at its procedure's first stage, never in a gated one
create function refuse_gated_start() returns trigger language plpgsql as $$
begin
    if exists (select 1 from cases.gated_stage g where g.procedure = new.procedure and g.stage = new.stage) then
        raise exception 'a case does not start in stage %', new.stage using errcode = 'check_violation';
    end if;
    return new;
end $$;
create trigger enforcement_case_gated_start before insert on enforcement_case
    for each row execute function refuse_gated_start();

create function refuse_truncate() returns trigger language plpgsql as $$
begin
    raise exception 'the record of cases is never truncated (%)', tg_table_name
        using errcode = 'integrity_constraint_violation';
end $$;
create trigger case_act_not_truncated before truncate on case_act
    for each statement execute function refuse_truncate();
create trigger enforcement_case_not_truncated before truncate on enforcement_case
    for each statement execute function refuse_truncate();
