-- Units (commissions) in their hierarchy, enforcement bodies, officers with certificates, and staff accounts.

create table unit (
    id            uuid primary key default gen_random_uuid(),
    name          varchar(100) not null,
    division_code char(6)      not null unique check (division_code ~ '^[1-9][0-9]{5}$'),
    level         varchar(10)  not null check (level in ('PROVINCE', 'CITY', 'COUNTY')),
    parent_id     uuid references unit (id),
    active        boolean      not null default true,
    created_at    timestamptz  not null default now(),
    updated_at    timestamptz  not null default now(),
    constraint unit_province_is_root check ((level = 'PROVINCE') = (parent_id is null))
);
create index unit_parent on unit (parent_id);

create table enforcement_body (
    id                   uuid primary key default gen_random_uuid(),
    unit_id              uuid         not null references unit (id),
    name                 varchar(200) not null unique,
    nature               varchar(50)  not null,
    funding_source       varchar(50)  not null,
    staffing             varchar(100) not null,
    body_type            varchar(20)  not null check (body_type in ('STATUTORY', 'AUTHORIZED', 'ENTRUSTED')),
    duties               text         not null,
    legal_representative varchar(50)  not null,
    address              varchar(200) not null,
    complaint_phone      varchar(30)  not null,
    active               boolean      not null default true,
    created_at           timestamptz  not null default now(),
    updated_at           timestamptz  not null default now()
);
create index enforcement_body_unit on enforcement_body (unit_id);

create table officer (
    id                   uuid primary key default gen_random_uuid(),
    unit_id              uuid         not null references unit (id),
    body_id              uuid references enforcement_body (id),
    name                 varchar(50)  not null,
    position             varchar(50)  not null,
    certificate_no       varchar(30)  not null,
    categories           text[]       not null check (cardinality(categories) > 0),
    region               varchar(100) not null,
    issued_on            date         not null,
    expires_on           date         not null,
    annual_review_status varchar(10)  not null check (annual_review_status in ('PASSED', 'PENDING', 'FAILED')),
    annual_review_year   integer,
    revoked              boolean      not null default false,
    revoked_reason       varchar(200),
    active               boolean      not null default true,
    created_at           timestamptz  not null default now(),
    updated_at           timestamptz  not null default now(),
    constraint officer_certificate_no_unique unique (certificate_no),
    constraint officer_certificate_dates check (expires_on > issued_on),
    constraint officer_revocation_has_reason check (not revoked or revoked_reason is not null)
);
create index officer_unit on officer (unit_id);

create table user_account (
    id               uuid primary key default gen_random_uuid(),
    username         varchar(50)  not null,
    password_hash    varchar(200) not null,
    display_name     varchar(50)  not null,
    unit_id          uuid         not null references unit (id),
    roles            text[]       not null check (cardinality(roles) > 0),
    officer_id       uuid references officer (id),
    legal_background boolean      not null default false,
    active           boolean      not null default true,
    failed_attempts  integer      not null default 0,
    locked_until     timestamptz,
    last_login_at    timestamptz,
    created_at       timestamptz  not null default now(),
    updated_at       timestamptz  not null default now(),
    constraint user_account_username_unique unique (username),
    constraint user_account_username_format check (username ~ '^[a-z0-9][a-z0-9._-]{2,49}$')
);
create index user_account_unit on user_account (unit_id);
