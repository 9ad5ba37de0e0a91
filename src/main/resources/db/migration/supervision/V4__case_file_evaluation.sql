-- Case-file evaluation (案卷评查, A5; 实施方案 三(三)2): a scoring standard kept as data (versioned, 100 points in
-- sections, each item with its points, how it is checked and its basis), samples of closed case files drawn at random
-- and reproducibly per unit and year (the seed and the population are recorded), and each evaluation with its
-- deductions and findings.

create table evaluation_standard (
    id              uuid primary key,
    code            varchar(40)  not null,
    version         integer      not null check (version > 0),
    title           varchar(200) not null,
    effective_from  date         not null,
    -- grades: a score at or above excellent_from is 优秀, at or above qualified_from 合格, below it 不合格
    excellent_from  numeric(4, 1) not null,
    qualified_from  numeric(4, 1) not null,
    unique (code, version),
    check (qualified_from < excellent_from and excellent_from <= 100 and qualified_from > 0)
);

create table evaluation_item (
    standard_id uuid         not null references evaluation_standard (id),
    code        varchar(40)  not null,
    position    integer      not null,
    section     varchar(20)  not null check (section in ('SUBJECT', 'EVIDENCE', 'LAW', 'PROCEDURE', 'DOCUMENTS', 'FILING')),
    text        varchar(300) not null,
    points      numeric(4, 1) not null check (points > 0),
    -- the record check that scores the item on every case, or null for an item the evaluator judges
    automatic   varchar(40),
    basis       varchar(300) not null,
    primary key (standard_id, code),
    unique (standard_id, position)
);

create table evaluation_sample (
    id                uuid primary key,
    unit_id           uuid        not null, -- organization.unit
    year              integer     not null check (year between 2000 and 2100),
    standard_id       uuid        not null references evaluation_standard (id),
    seed              bigint      not null,
    population        integer     not null check (population > 0),
    population_sha256 char(64)    not null,
    size              integer     not null check (size > 0 and size <= population),
    drawn_by          varchar(100) not null,
    drawn_at          timestamptz not null
);
create index evaluation_sample_unit on evaluation_sample (unit_id, year);

create table evaluation_sample_case (
    sample_id uuid    not null references evaluation_sample (id),
    position  integer not null check (position > 0),
    case_id   uuid    not null,
    primary key (sample_id, position),
    unique (sample_id, case_id)
);

create table case_evaluation (
    id           uuid primary key,
    sample_id    uuid          not null,
    case_id      uuid          not null,
    unit_id      uuid          not null,
    standard_id  uuid          not null references evaluation_standard (id),
    score        numeric(4, 1) not null check (score between 0 and 100),
    grade        varchar(20)   not null check (grade in ('EXCELLENT', 'QUALIFIED', 'UNQUALIFIED')),
    evaluator    varchar(100)  not null,
    evaluated_at timestamptz   not null,
    unique (sample_id, case_id),
    foreign key (sample_id, case_id) references evaluation_sample_case (sample_id, case_id)
);

create table case_evaluation_item (
    evaluation_id uuid          not null references case_evaluation (id),
    item_code     varchar(40)   not null,
    deducted      numeric(4, 1) not null check (deducted >= 0),
    finding       varchar(1000),
    automatic     boolean       not null,
    primary key (evaluation_id, item_code),
    check (deducted = 0 or finding is not null)
);

-- 行政处罚案卷评查标准 (demo): 65 points the evaluator judges, 35 the records check on every case
insert into evaluation_standard (id, code, version, title, effective_from, excellent_from, qualified_from)
values ('5a0c0000-0000-4000-8000-000000000001', 'PENALTY', 1, '行政处罚案卷评查标准', date '2020-01-01', 90, 75);

insert into evaluation_item (standard_id, code, position, section, text, points, automatic, basis) values
('5a0c0000-0000-4000-8000-000000000001', 'BODY_COMPETENT', 1, 'SUBJECT', '执法主体合法，在法定职权和管辖范围内实施', 5, null, '行政处罚法 第十七条、第二十二条'),
('5a0c0000-0000-4000-8000-000000000001', 'TWO_OFFICERS', 2, 'SUBJECT', '执法人员不少于两人', 5, 'TWO_OFFICERS', '行政处罚法 第四十二条'),
('5a0c0000-0000-4000-8000-000000000001', 'CERTIFIED_OFFICERS', 3, 'SUBJECT', '执法人员立案时持有有效执法证件', 5, 'CERTIFIED_OFFICERS', '行政处罚法 第四十二条'),
('5a0c0000-0000-4000-8000-000000000001', 'FACTS_CLEAR', 4, 'EVIDENCE', '违法事实清楚，当事人认定准确', 10, null, '行政处罚法 第四十条'),
('5a0c0000-0000-4000-8000-000000000001', 'EVIDENCE_SUFFICIENT', 5, 'EVIDENCE', '证据确凿充分，收集程序合法', 10, null, '行政处罚法 第四十六条'),
('5a0c0000-0000-4000-8000-000000000001', 'LAW_APPLIED', 6, 'LAW', '定性准确，适用法律、法规、规章正确', 10, null, '行政处罚法 第三十八条'),
('5a0c0000-0000-4000-8000-000000000001', 'DISCRETION_PROPER', 7, 'LAW', '处罚种类和幅度适当，符合裁量基准', 10, null, '行政处罚法 第五条、第三十四条'),
('5a0c0000-0000-4000-8000-000000000001', 'INVESTIGATION_LAWFUL', 8, 'PROCEDURE', '调查取证、先行登记保存等程序合法', 5, null, '行政处罚法 第五十五条、第五十六条'),
('5a0c0000-0000-4000-8000-000000000001', 'PARTY_HEARD', 9, 'PROCEDURE', '作出决定前告知当事人并听取陈述申辩', 5, 'PARTY_HEARD', '行政处罚法 第四十四条、第四十五条'),
('5a0c0000-0000-4000-8000-000000000001', 'REVIEWED_BEFORE_DECISION', 10, 'PROCEDURE', '重大执法决定经法制审核后作出', 5, 'REVIEWED_BEFORE_DECISION', '行政处罚法 第五十八条'),
('5a0c0000-0000-4000-8000-000000000001', 'DEADLINES_MET', 11, 'PROCEDURE', '立案、决定、送达等期限均未超过', 5, 'DEADLINES_MET', '行政处罚法 第五十四条、第六十条、第六十一条'),
('5a0c0000-0000-4000-8000-000000000001', 'DOCUMENTS_PROPER', 12, 'DOCUMENTS', '文书制作规范，内容完整、填写准确', 10, null, '全面推行行政执法公示制度执法全过程记录制度重大执法决定法制审核制度的指导意见 三(二)'),
('5a0c0000-0000-4000-8000-000000000001', 'DECISION_SERVED', 13, 'DOCUMENTS', '决定书依法送达', 5, 'DECISION_SERVED', '行政处罚法 第六十一条'),
('5a0c0000-0000-4000-8000-000000000001', 'FILE_ORDERED', 14, 'FILING', '卷内文件齐全，排列有序，编号规范', 5, null, '行政处罚法 第四十七条'),
('5a0c0000-0000-4000-8000-000000000001', 'ARCHIVED', 15, 'FILING', '结案后及时立卷归档', 5, 'ARCHIVED', '行政处罚法 第四十七条');
