-- A draw of a task: committed first (the frozen pool, the rules and a commitment to the unit's secret, all published),
-- finished later with the public value of the named day, which fixes the seed; the outcome follows from the three by
-- the published function (DrawFunction), and anyone can re-run it (verify-draw). A finished draw never changes.
create table draw (
    id                   uuid primary key,
    unit_id              uuid         not null,
    task_id              uuid         not null references task (id),
    status               varchar(10)  not null check (status in ('COMMITTED', 'FINISHED')),
    snapshot             text         not null,
    snapshot_sha256      char(64)     not null,
    rules                text         not null,
    rules_sha256         char(64)     not null,
    commitment           text         not null,
    commitment_sha256    char(64)     not null,
    secret               char(64)     not null, -- shown only once the draw is finished
    public_value_source  varchar(200) not null,
    public_value_date    date         not null,
    subjects             integer      not null,
    inspectors           integer      not null,
    committed_by         varchar(50)  not null,
    committed_at         timestamptz  not null,
    public_value         varchar(20),
    seed                 char(64),
    seed_record          text,
    outcome              text,
    outcome_sha256       char(64),
    drawn                integer,
    finished_by          varchar(50),
    finished_at          timestamptz,
    constraint draw_finished_complete check (status = 'COMMITTED' or (public_value is not null and seed is not null
        and seed_record is not null and outcome is not null and outcome_sha256 is not null and finished_at is not null))
);
create index draw_task on draw (task_id);

-- the drawn subjects and the two inspectors sent to each (none when too few could go)
create table draw_subject (
    draw_id       uuid        not null references draw (id),
    risk_class    char(1)     not null,
    rank          integer     not null,
    identifier    varchar(60) not null,
    subject_id    uuid        not null references subject (id),
    inspector1    uuid,
    inspector2    uuid,
    certificate1  varchar(30),
    certificate2  varchar(30),
    primary key (draw_id, identifier)
);
create index draw_subject_subject on draw_subject (subject_id);

-- A committed draw changes only by being finished, once; nothing of it is ever deleted.
create function refuse_change_of_draw() returns trigger language plpgsql as $$
begin
    if tg_op = 'DELETE' or old.status = 'FINISHED' then
        raise exception 'draw % is a record: a finished draw never changes', old.id using errcode = 'check_violation';
    end if;
    if (new.snapshot, new.snapshot_sha256, new.rules, new.rules_sha256, new.commitment, new.commitment_sha256,
        new.secret, new.public_value_source, new.public_value_date, new.task_id, new.unit_id, new.committed_at)
        is distinct from
       (old.snapshot, old.snapshot_sha256, old.rules, old.rules_sha256, old.commitment, old.commitment_sha256,
        old.secret, old.public_value_source, old.public_value_date, old.task_id, old.unit_id, old.committed_at) then
        raise exception 'draw % is committed: its pool, rules and commitment never change', old.id
            using errcode = 'check_violation';
    end if;
    return new;
end $$;
create trigger draw_committed_record before update or delete on draw
    for each row execute function refuse_change_of_draw();
create trigger draw_not_truncated before truncate on draw
    for each statement execute function refuse_change_of_history();
create trigger draw_subject_append_only before update or delete on draw_subject
    for each row execute function refuse_change_of_history();
