-- A unit's implementation plan of the three systems (三项制度实施方案: 行政执法公示、执法全过程记录、重大执法决定法制审核,
-- 国办发〔2018〕118号): its title, the day the unit adopted it and its text, maintained by the unit's administrator and
-- shown on the portal. Each save is a new version, kept; the portal shows the latest with the day it was published.
create table implementation_plan (
    id           uuid primary key,
    unit_id      uuid          not null,
    version      integer       not null check (version > 0),
    title        varchar(200)  not null check (length(title) > 0),
    adopted_on   date          not null,
    body         varchar(50000) not null check (length(body) > 0),
    published_by varchar(100)  not null,
    published_at timestamptz   not null,
    unique (unit_id, version)
);
