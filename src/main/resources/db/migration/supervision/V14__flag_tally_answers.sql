-- The supervisors' overview counts each model's flags, those answered and those dismissed, per unit, from the tally
-- alone: the models' runs write the answered and dismissed counts with the flags, and each answer given afterwards
-- adds itself (a statement trigger), so no request reads the answers. An answer counts where its flag is kept: the
-- same model, unit and record in the model's last run.
alter table flag_tally
    add column answered  integer not null default 0,
    add column dismissed integer not null default 0;

update flag_tally t
set answered = c.answered, dismissed = c.dismissed
from (select a.model, a.unit_id, count(*) as answered, count(*) filter (where a.decision = 'DISMISSED') as dismissed
      from flag_answer a
      join flag f on f.model = a.model and f.unit_id = a.unit_id and f.record_id = a.record_id
      group by a.model, a.unit_id) c
where t.model = c.model and t.unit_id = c.unit_id;

alter table flag_tally
    add constraint flag_tally_answers check (dismissed >= 0 and dismissed <= answered and answered <= flags);

-- Answers added or removed move their unit's counts. The model's advisory lock (the one a run holds while it replaces
-- the model's flags and tally) orders this after a run in progress, so an answer is counted once: by the run if it
-- committed before the run's tally was taken, else here against the tally the run left.
create function flag_answer_tally() returns trigger language plpgsql as $$
declare
    answers text := case tg_op when 'INSERT' then 'added' else 'removed' end;
    sign    integer := case tg_op when 'INSERT' then 1 else -1 end;
    m       text;
begin
    for m in execute format('select distinct model from %I order by model', answers) loop
        perform pg_advisory_xact_lock(hashtext('supervision.flag'), hashtext(m));
    end loop;
    execute format(
        'update supervision.flag_tally t
         set answered = t.answered + $1 * c.answered, dismissed = t.dismissed + $1 * c.dismissed
         from (select a.model, a.unit_id, count(*) as answered,
                   count(*) filter (where a.decision = ''DISMISSED'') as dismissed
               from %I a
               where exists (select 1 from supervision.flag f
                             where f.model = a.model and f.unit_id = a.unit_id and f.record_id = a.record_id)
               group by a.model, a.unit_id) c
         where t.model = c.model and t.unit_id = c.unit_id', answers) using sign;
    return null;
end
$$;

create trigger flag_answer_tally_added after insert on flag_answer
    referencing new table as added for each statement execute function flag_answer_tally();
create trigger flag_answer_tally_removed after delete on flag_answer
    referencing old table as removed for each statement execute function flag_answer_tally();

-- A page of a model's flags walks an index in page order (position, then unit) instead of sorting every flag of the
-- model: over all the units seen, or within one; the keys come from the index alone.
drop index flag_order;
create index flag_page on flag (model, position, unit_id) include (record_id, first_flagged_on);
create index flag_unit_page on flag (model, unit_id, position) include (record_id, first_flagged_on);
