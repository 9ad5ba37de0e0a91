-- Re-matching (重新匹配) of a drawn subject's inspector, a recorded act with its reason: each is a sub-draw, a function
-- of the published draw and the steps before it (DrawFunction.rematch), published as rematches.txt and re-run by
-- verify-draw. Append-only: a step is never changed or removed.
create table rematch (
    draw_id      uuid         not null references draw (id),
    step         integer      not null check (step > 0),
    identifier   varchar(60)  not null,
    subject_id   uuid         not null references subject (id),
    leaving      varchar(30)  not null,
    reason       varchar(20)  not null check (reason in ('ILLNESS', 'CONFLICT', 'LEFT_SERVICE', 'OTHER')),
    chosen       varchar(30)  not null,
    note         varchar(500) not null check (length(note) > 0),
    recorded_by  varchar(50)  not null,
    recorded_at  timestamptz  not null,
    primary key (draw_id, step)
);
create trigger rematch_append_only before update or delete on rematch
    for each row execute function refuse_change_of_history();
create trigger rematch_not_truncated before truncate on rematch
    for each statement execute function refuse_change_of_history();
