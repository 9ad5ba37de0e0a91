-- Each drawn subject with its two inspectors becomes a routine-inspection case (cases, procedure INSPECTION), due by
-- the end of the task's period; its outcome is recorded here once, and then never changes.
create table inspection_case (
    draw_id       uuid         not null references draw (id),
    subject_id    uuid         not null references subject (id),
    identifier    varchar(60)  not null,
    case_id       uuid         not null, -- cases.enforcement_case
    due_on        date         not null,
    outcome       varchar(20)  check (outcome in ('NO_PROBLEM', 'RECTIFICATION', 'CASE_FILED', 'NOT_FOUND', 'CLOSED')),
    outcome_note  varchar(1000),
    outcome_by    varchar(50),
    outcome_on    date,
    primary key (draw_id, subject_id),
    constraint inspection_case_outcome_complete check (outcome is null or (outcome_by is not null and outcome_on is not null))
);
create index inspection_case_case on inspection_case (case_id);

create function refuse_change_of_outcome() returns trigger language plpgsql as $$
begin
    if tg_op = 'DELETE' or old.outcome is not null
        or (new.draw_id, new.subject_id, new.identifier, new.case_id, new.due_on)
            is distinct from (old.draw_id, old.subject_id, old.identifier, old.case_id, old.due_on) then
        raise exception 'an inspection''s outcome is recorded once and never changes' using errcode = 'check_violation';
    end if;
    return new;
end $$;
create trigger inspection_case_outcome_once before update or delete on inspection_case
    for each row execute function refuse_change_of_outcome();

-- an inspection's outcome changes the subject's pool record (last inspected, closed or not found)
alter table subject_change drop constraint subject_change_source_check;
alter table subject_change add constraint subject_change_source_check
    check (source in ('FORM', 'IMPORT', 'DEMO', 'INSPECTION'));
