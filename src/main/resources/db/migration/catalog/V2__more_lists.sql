-- The rights notice, window boards, entrustments, discretion standards, review scope rules, review elements and
-- recording requirements are kept as versioned lists too.
alter table list_version drop constraint list_version_kind_check;
alter table list_version add constraint list_version_kind_check check (kind in (
    'ITEMS', 'RANDOM_INSPECTION_ITEMS', 'SERVICE_GUIDES', 'RIGHTS_NOTICE', 'WINDOW_BOARDS', 'ENTRUSTMENTS',
    'DISCRETION_STANDARDS', 'REVIEW_SCOPE_RULES', 'REVIEW_ELEMENTS', 'RECORDING_REQUIREMENTS'));
