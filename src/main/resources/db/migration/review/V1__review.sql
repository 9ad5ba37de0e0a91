-- Legal review of major decisions (L1-L6). Each submission of a case's proposal is one version of its review
-- package, kept whole; each is answered by one written opinion of the assigned reviewer. Disagreement with an
-- opinion is settled by a leader's coordination. Nothing here is changed once written, except the assignment of a
-- submission still awaiting its opinion.
create table submission (
    id                uuid primary key default gen_random_uuid(),
    case_id           uuid         not null, -- cases.enforcement_case
    unit_id           uuid         not null, -- organization.unit
    case_title        varchar(200) not null,
    version           integer      not null check (version > 0),
    proposal_version  integer      not null,
    package           jsonb        not null,
    submitted_by      varchar(50)  not null,
    submitted_at      timestamptz  not null,
    due_on            date         not null,
    due_uncertain     boolean      not null default false,
    reviewer          varchar(50),
    reviewer_name     varchar(50),
    assigned_by       varchar(50),
    assigned_at       timestamptz,
    answered_at       timestamptz,
    unique (case_id, version)
);
create index submission_open on submission (unit_id, due_on) where answered_at is null;
create index submission_case on submission (case_id, version desc);

create table opinion (
    submission_id   uuid primary key references submission (id),
    case_id         uuid         not null,
    verdict         varchar(20)  not null check (verdict in ('AGREE', 'PROBLEMS_FOUND')),
    suspected_crime boolean      not null default false,
    text            text         not null check (length(trim(text)) > 0),
    checklist       jsonb        not null,
    reviewer        varchar(50)  not null,
    reviewer_name   varchar(50)  not null,
    written_at      timestamptz  not null,
    check (verdict = 'PROBLEMS_FOUND' or not suspected_crime)
);
create index opinion_written on opinion (written_at);

create table coordination (
    id             uuid primary key default gen_random_uuid(),
    case_id        uuid         not null,
    submission_id  uuid         not null references submission (id),
    requested_by   varchar(50)  not null,
    requested_at   timestamptz  not null,
    request_reason text         not null,
    outcome        varchar(20) check (outcome in ('PROCEED', 'RETURN')),
    outcome_reason text,
    decided_by     varchar(50),
    decided_at     timestamptz
);
create index coordination_case on coordination (case_id, requested_at);

-- What is written stays written: an opinion never changes; a submission changes only while it awaits its opinion
-- (its reviewer) and once when answered; a coordination only gets its outcome once.
create function refuse_delete() returns trigger language plpgsql as $$
begin
    raise exception 'legal review records are never deleted' using errcode = 'integrity_constraint_violation';
end $$;

create function refuse_opinion_change() returns trigger language plpgsql as $$
begin
    raise exception 'a review opinion never changes' using errcode = 'integrity_constraint_violation';
end $$;

create function refuse_submission_change() returns trigger language plpgsql as $$
begin
    if old.answered_at is not null or new.package is distinct from old.package or new.version <> old.version
            or new.proposal_version <> old.proposal_version or new.case_id <> old.case_id
            or new.submitted_by <> old.submitted_by or new.submitted_at <> old.submitted_at then
        raise exception 'a submission never changes once answered' using errcode = 'integrity_constraint_violation';
    end if;
    return new;
end $$;

create function refuse_coordination_change() returns trigger language plpgsql as $$
begin
    if old.outcome is not null or new.request_reason <> old.request_reason
            or new.requested_by <> old.requested_by or new.submission_id <> old.submission_id then
        raise exception 'a coordination outcome never changes' using errcode = 'integrity_constraint_violation';
    end if;
    return new;
end $$;

create trigger submission_kept before delete on submission for each row execute function refuse_delete();
create trigger opinion_kept before delete on opinion for each row execute function refuse_delete();
create trigger coordination_kept before delete on coordination for each row execute function refuse_delete();
create trigger submission_written before update on submission
    for each row execute function refuse_submission_change();
create trigger opinion_written before update on opinion for each row execute function refuse_opinion_change();
create trigger coordination_written before update on coordination
    for each row execute function refuse_coordination_change();
