-- A published warning case withdrawn from the portal (A7), with the reason: the case itself stays as published (its
-- trigger), the withdrawal is recorded once beside it and kept as recorded.
create table warning_case_withdrawal (
    warning_case_id uuid primary key references warning_case (id),
    reason          varchar(1000) not null check (length(reason) > 0),
    withdrawn_by    varchar(100)  not null,
    withdrawn_at    timestamptz   not null
);

create function warning_case_withdrawal_kept() returns trigger language plpgsql as $$
begin
    raise exception 'a warning case''s withdrawal is kept as recorded';
end $$;
create trigger warning_case_withdrawal_kept before update or delete on warning_case_withdrawal
    for each row execute function warning_case_withdrawal_kept();
