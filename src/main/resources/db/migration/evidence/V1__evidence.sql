-- Evidence files of cases (R3, R5), stored content-addressed by their SHA-256; uploads in progress; recording
-- exemptions; recording devices (R4).

create table evidence.device (
    id uuid primary key,
    unit_id uuid not null,
    kind varchar(30) not null,
    serial_no varchar(100) not null unique,
    model varchar(200) not null default '',
    status varchar(20) not null,
    officer_id uuid,
    issued_at timestamptz,
    registered_by varchar(100) not null,
    registered_at timestamptz not null,
    constraint device_issued_in_use check ((officer_id is null) = (status <> 'ISSUED'))
);
create index device_unit on evidence.device (unit_id);

create table evidence.device_movement (
    id bigserial primary key,
    device_id uuid not null references evidence.device (id),
    officer_id uuid not null,
    issued_at timestamptz not null,
    issued_by varchar(100) not null,
    returned_at timestamptz,
    returned_by varchar(100)
);
create index device_movement_device on evidence.device_movement (device_id);

-- the devices each unit should have per acting officer, as set by the administrator
create table evidence.device_standard (
    id int primary key check (id = 1),
    devices_per_officer numeric(6, 2) not null check (devices_per_officer > 0),
    set_by varchar(100) not null,
    set_at timestamptz not null
);

create table evidence.upload (
    id uuid primary key,
    case_id uuid not null,
    unit_id uuid not null,
    file_name varchar(255) not null,
    size bigint not null check (size > 0),
    action varchar(50),
    stage varchar(50) not null,
    captured_at timestamptz,
    device_id uuid references evidence.device (id),
    username varchar(100) not null,
    started_at timestamptz not null,
    file_id uuid
);
create index upload_case on evidence.upload (case_id);

create table evidence.file (
    id uuid primary key,
    case_id uuid not null,
    unit_id uuid not null,
    sha256 char(64) not null,
    size bigint not null,
    media_type varchar(200) not null,
    file_name varchar(255) not null,
    action varchar(50),
    stage varchar(50) not null,
    captured_at timestamptz,
    uploaded_at timestamptz not null,
    uploaded_by varchar(100) not null,
    device_id uuid references evidence.device (id),
    -- when the act the file records was taken (null: attached for an act not yet taken, or to the stage only)
    act_taken_at timestamptz
);
create index file_case on evidence.file (case_id);
create index file_sha on evidence.file (sha256);

create table evidence.recording_exemption (
    id uuid primary key,
    case_id uuid not null,
    unit_id uuid not null,
    action varchar(50) not null,
    stage varchar(50) not null,
    requirement varchar(100) not null,
    reason varchar(1000) not null,
    username varchar(100) not null,
    recorded_at timestamptz not null
);
create index recording_exemption_unit on evidence.recording_exemption (unit_id, recorded_at desc);
