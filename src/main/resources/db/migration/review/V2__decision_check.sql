-- L5: every gated transition of a case (a decision of a reviewable category, and its advance notice) leaves the
-- review's finding on the proposal version it was taken on: the kind and amount judged, why the proposal is major
-- (the scope rule or the law) or null when it is not, and the submission whose agreeing opinion or PROCEED
-- coordination cleared it. The case's database gate (cases V8) reads these facts, never flags of the case row.
create table decision_check (
    id               bigserial primary key,
    case_id          uuid         not null, -- cases.enforcement_case
    proposal_version integer      not null,
    action           varchar(40)  not null,
    proposal_kind    varchar(20),
    amount           numeric,
    major_because    varchar(300),
    submission_id    uuid references submission (id),
    checked_by       varchar(50)  not null,
    checked_at       timestamptz  not null default now(),
    check (major_because is null or submission_id is not null)
);
create index decision_check_case on decision_check (case_id, proposal_version);

create function refuse_check_change() returns trigger language plpgsql as $$
begin
    raise exception 'a decision check is never changed or deleted' using errcode = 'integrity_constraint_violation';
end $$;
create trigger decision_check_kept before update or delete on decision_check
    for each row execute function refuse_check_change();

-- Row triggers do not fire on TRUNCATE: the review's records refuse it too.
create function refuse_truncate() returns trigger language plpgsql as $$
begin
    raise exception 'legal review records are never truncated (%)', tg_table_name
        using errcode = 'integrity_constraint_violation';
end $$;
create trigger submission_not_truncated before truncate on submission
    for each statement execute function refuse_truncate();
create trigger opinion_not_truncated before truncate on opinion
    for each statement execute function refuse_truncate();
create trigger coordination_not_truncated before truncate on coordination
    for each statement execute function refuse_truncate();
create trigger decision_check_not_truncated before truncate on decision_check
    for each statement execute function refuse_truncate();
