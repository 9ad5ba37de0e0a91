-- The parties of inspection cases (行政检查), kept from the case opened, so that problem detection (R9) sees the same
-- subject inspected again and again (国办发〔2015〕58号: 防止检查过多和执法扰民).
create table inspected_party (
    case_id   uuid        not null,
    unit_id   uuid        not null,
    identity  varchar(40) not null,
    opened_on date        not null,
    primary key (case_id, identity)
);
create index inspected_party_unit on inspected_party (unit_id, identity, opened_on);
