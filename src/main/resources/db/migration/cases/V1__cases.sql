-- Enforcement cases: where each stands in its procedure, its parties and officers, every act taken and every
-- deadline running. A case changes only through the acts of its procedure; the acts are never changed.
create table enforcement_case (
    id                         uuid primary key default gen_random_uuid(),
    unit_id                    uuid         not null, -- organization.unit
    procedure                  varchar(30)  not null
        check (procedure in ('GENERAL_PENALTY', 'SIMPLE_PENALTY', 'INSPECTION', 'LICENSING', 'COERCION')),
    stage                      varchar(40)  not null,
    title                      varchar(200) not null check (length(trim(title)) > 0),
    summary                    text         not null default '',
    created_by                 varchar(50)  not null,
    created_at                 timestamptz  not null default now(),
    filed_on                   date,
    proposal_kind              varchar(20)
        check (proposal_kind in ('WARNING', 'FINE', 'CONFISCATION', 'SUSPENSION', 'REVOCATION', 'CLOSURE')),
    proposal_fine              numeric(14, 2) check (proposal_fine >= 0),
    proposal_text              text,
    proposal_major             boolean      not null default false,
    proposal_version           integer      not null default 0,
    review_agreed_version      integer,
    collective_held_version    integer,
    statement_closed           boolean      not null default false,
    hearing_notified_on        date,
    hearing_on                 date,
    version                    integer      not null default 0
);
create index enforcement_case_unit on enforcement_case (unit_id, created_at desc);

create table case_party (
    id          uuid primary key default gen_random_uuid(),
    case_id     uuid         not null references enforcement_case (id) on delete cascade,
    kind        varchar(20)  not null check (kind in ('INDIVIDUAL', 'ORGANISATION')),
    name        varchar(200) not null check (length(trim(name)) > 0),
    id_number   char(18),
    credit_code char(18),
    address     varchar(200) not null default '',
    constraint case_party_identity check (
        (kind = 'INDIVIDUAL' and id_number is not null and credit_code is null)
        or (kind = 'ORGANISATION' and credit_code is not null and id_number is null))
);
create index case_party_case on case_party (case_id);

create table case_officer (
    case_id    uuid    not null references enforcement_case (id) on delete cascade,
    officer_id uuid    not null, -- organization.officer
    lead       boolean not null default false,
    primary key (case_id, officer_id)
);

create table case_act (
    id         bigserial primary key,
    case_id    uuid         not null references enforcement_case (id),
    action     varchar(40)  not null,
    from_stage varchar(40)  not null,
    to_stage   varchar(40)  not null,
    actor      varchar(50)  not null,
    acted_at   timestamptz  not null default now(),
    note       text         not null default '',
    documents  text[]       not null default '{}'
);
create index case_act_case on case_act (case_id, id);

create table case_deadline (
    case_id    uuid         not null references enforcement_case (id) on delete cascade,
    rule       varchar(40)  not null,
    basis      varchar(100) not null,
    started_on date         not null,
    due_on     date         not null,
    uncertain  boolean      not null default false, -- counted into a year with no holiday notice loaded
    met_on     date,
    primary key (case_id, rule)
);
create index case_deadline_running on case_deadline (due_on) where met_on is null;

-- The record of acts is append-only.
create function refuse_change_of_acts() returns trigger language plpgsql as $$
begin
    raise exception 'the acts of a case are never changed' using errcode = 'check_violation';
end $$;
create trigger case_act_append_only before update or delete on case_act
    for each row execute function refuse_change_of_acts();
